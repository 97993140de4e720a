package kr.jiwon.applications;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officer's side: the list of a call's submissions, status changes with a reason, and the Excel export. */
@Service
@Transactional(readOnly = true)
public class ApplicationScreening {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Applications applications;
    private final ApplicationManagement management;
    private final ApplicationAccess access;
    private final CompanyManagement companies;
    private final CallManagement calls;
    private final AuditLog audit;
    private final EligibilityPolicies policies;
    private final SubmissionContexts contexts;
    private final MessageSource messages;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<ApplicationListColumns> moreColumns;
    private final kr.jiwon.notifications.Notifications notifications;
    private final SupplementRequests supplements;

    ApplicationScreening(Applications applications, ApplicationManagement management, ApplicationAccess access,
            CompanyManagement companies, CallManagement calls, AuditLog audit,
            EligibilityPolicies policies, SubmissionContexts contexts, MessageSource messages,
            Clock clock, org.springframework.beans.factory.ObjectProvider<ApplicationListColumns> moreColumns,
            kr.jiwon.notifications.Notifications notifications, SupplementRequests supplements) {
        this.notifications = notifications;
        this.supplements = supplements;
        this.moreColumns = moreColumns;
        this.applications = applications;
        this.management = management;
        this.access = access;
        this.companies = companies;
        this.calls = calls;
        this.audit = audit;
        this.policies = policies;
        this.contexts = contexts;
        this.messages = messages;
        this.clock = clock;
    }

    /** Handed-in applications of a call (drafts are the companies' own business), in receipt order. */
    public List<ScreeningRow> list(CurrentUser user, long callId, ScreeningFilter f, Actor actor) {
        access.requireOffice(user);
        calls.call(callId);
        Map<Long, Company> byId = companies.all().stream().collect(Collectors.toMap(Company::id, Function.identity()));
        Map<Long, SupplementRequest> asked = new java.util.HashMap<>();
        supplements.findByCallIdOrderByIdAsc(callId).forEach(r -> asked.put(r.applicationId(), r));
        java.time.Instant now = clock.instant();
        List<ScreeningRow> rows = applications.findByCallIdOrderByIdAsc(callId).stream()
                .filter(a -> a.status().isHandedIn() || a.status() == ApplicationStatus.WITHDRAWN)
                .map(a -> new ScreeningRow(a, byId.get(a.companyId()), companies.siteRegionOf(byId.get(a.companyId())),
                        a.status().awaitsScreening()
                                ? policies.checkContent(contexts.of(a, a.submittedAt(),
                                        a.submittedAt()))
                                : List.of(),
                        asked.get(a.id()),
                        asked.containsKey(a.id()) ? asked.get(a.id()).state(now) : null))
                .filter(r -> f.status() == null || r.application().status() == f.status())
                .filter(r -> f.track() == null || f.track().equalsIgnoreCase(r.application().trackCode()))
                .filter(r -> f.region() == null || r.region().code().equals(f.region())
                        || r.region().sidoCode().equals(f.region()))
                .filter(r -> f.declineArea() == null || r.region().declineArea() == f.declineArea())
                .filter(r -> f.field() == null || r.application().technologyFields().containsIgnoreCase(f.field()))
                .sorted(java.util.Comparator.comparing((ScreeningRow r) -> r.application().receiptNumber(),
                        java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
        audit.recordView(actor, "SCREENING_LIST", "CALL", callId, rows.size() + " applications");
        return rows;
    }

    /**
     * Moves an application to SCREENING, ELIGIBLE or INELIGIBLE (a reason is required for INELIGIBLE); only after
     * the call has closed and until its selection is announced.
     */
    @Transactional
    public Application changeStatus(CurrentUser user, long id, ApplicationStatus target, String reason, Actor actor) {
        access.requireOffice(user);
        Application a = management.load(id);
        calls.beginScreening(a.callId());
        ApplicationStatus from = a.status();
        a.screen(target, user.username(), clock.instant(), reason);
        Application saved = management.saveDecided(a, from);
        audit.recordChange(actor, "APPLICATION_STATUS", "APPLICATION", id,
                target + (reason == null ? "" : ": " + reason));
        tellCompany(saved, reason);
        return saved;
    }

    /**
     * The same decision for several applications of one call, all or none: if any of them cannot take it, nothing
     * is changed and the refusal names that application.
     */
    @Transactional
    public List<Application> changeStatuses(CurrentUser user, long callId, List<Long> ids, ApplicationStatus target,
            String reason, Actor actor) {
        access.requireOffice(user);
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.of("ids", "screening.noneChosen");
        }
        calls.beginScreening(callId);
        List<Application> out = new java.util.ArrayList<>();
        for (long id : ids) {
            Application a = management.load(id);
            if (a.callId() != callId) {
                throw new kr.jiwon.shared.NotFoundException("application.notFound", id);
            }
            ApplicationStatus from = a.status();
            try {
                a.screen(target, user.username(), clock.instant(), reason);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of(e.violations().get(0).field(), "screening.refusedFor",
                        a.receiptNumber(), new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[]{e.violations().get(0).messageKey()}, e.violations().get(0).args()));
            }
            Application saved = management.saveDecided(a, from);
            out.add(saved);
            audit.recordChange(actor, "APPLICATION_STATUS", "APPLICATION", id,
                    target + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
            tellCompany(saved, reason);
        }
        return out;
    }

    /**
     * The company hears the 요건검토 result in the app and by e-mail (in the same transaction as the decision): eligible,
     * or ineligible with the reason. Marking an application 요건검토 중 tells nobody.
     */
    private void tellCompany(Application a, String reason) {
        if (a.status() != ApplicationStatus.ELIGIBLE && a.status() != ApplicationStatus.INELIGIBLE) {
            return;
        }
        boolean eligible = a.status() == ApplicationStatus.ELIGIBLE;
        String subject = messages.getMessage("notify.screening.subject", new Object[]{a.title()}, Locale.KOREAN);
        String body = messages.getMessage(eligible ? "notify.screening.eligible" : "notify.screening.ineligible",
                new Object[]{a.title(), a.receiptNumber(), reason == null ? "" : reason.strip()}, Locale.KOREAN);
        notifications.toCompany(kr.jiwon.notifications.NotificationKind.SCREENING, a.companyId(), a.contactEmail(),
                subject, body, "/applications/" + a.id());
    }

    /** The filtered list as an Excel workbook with Korean headers and Korean names for codes. */
    public byte[] export(CurrentUser user, long callId, ScreeningFilter f, Actor actor) {
        return exportSheet(user, callId, f, actor).xlsx("신청 목록");
    }

    /**
     * The filtered list with Korean headers and Korean names for codes, followed by what other modules add (the
     * institutes it was passed to, review scores, the selection decision); the export is audited (it holds
     * contacts).
     */
    public Spreadsheet exportSheet(CurrentUser user, long callId, ScreeningFilter f, Actor actor) {
        List<ScreeningRow> rows = list(user, callId, f, actor);
        kr.jiwon.programs.Call call = calls.call(callId);
        List<String> header = new java.util.ArrayList<>(List.of("접수번호", "기업명", "사업자등록번호", "소재지", "인구감소지역",
                "지원유형", "과제명", "신청금액(원)", "수행기간(개월)", "기업부담금(원)", "기술분야", "뿌리기술", "희망 연구기관", "상태",
                "제출일시", "담당자", "연락처", "이메일"));
        List<ApplicationListColumns> more = moreColumns.orderedStream()
                .sorted(java.util.Comparator.comparingInt(ApplicationListColumns::order)).toList();
        List<java.util.Map<Long, List<Object>>> moreCells = new java.util.ArrayList<>();
        for (ApplicationListColumns c : more) {
            header.addAll(c.headers());
            moreCells.add(c.cells(callId));
        }
        Spreadsheet sheet = Spreadsheet.withHeader(header);
        for (ScreeningRow row : rows) {
            Application a = row.application();
            List<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(a.receiptNumber(),
                    row.company().name(), row.company().businessRegistrationNumber().formatted(),
                    row.region().name(), row.region().declineArea() ? "예" : "아니오",
                    call.track(a.trackCode()).map(kr.jiwon.programs.Track::name).orElse(a.trackCode()), a.title(),
                    a.requestedAmount() == null ? null : a.requestedAmount().amount(), a.durationMonths(),
                    a.ownContribution() == null ? null : a.ownContribution().amount(), a.technologyFields().toString(),
                    a.rootTechnologies().toString(), a.desiredInstitutes().toString(),
                    messages.getMessage("applicationStatus." + a.status().name(), null, Locale.KOREAN),
                    a.submittedAt() == null ? null : SeoulTime.toLocal(a.submittedAt()).format(TIME),
                    a.content().contactName(), a.content().contactPhone(), a.contactEmail()));
            for (int i = 0; i < more.size(); i++) {
                List<Object> given = moreCells.get(i).get(a.id());
                for (int k = 0; k < more.get(i).headers().size(); k++) {
                    cells.add(given == null || k >= given.size() ? null : given.get(k));
                }
            }
            sheet.row(cells);
        }
        audit.recordView(actor, "SCREENING_EXPORT", "CALL", callId, rows.size() + " rows");
        return sheet;
    }
}
