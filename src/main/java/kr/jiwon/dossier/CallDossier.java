package kr.jiwon.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationTransition;
import kr.jiwon.audit.AuditEvent;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ConflictCheck;
import kr.jiwon.review.ReviewPanel;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.selection.Decision;
import kr.jiwon.selection.Objection;
import kr.jiwon.selection.Objections;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the audit package of a call, for officers; the download is recorded in the audit log. */
@Service
@Transactional(readOnly = true)
public class CallDossier {

    /** The files of the package, in order; the manifest lists each with its SHA-256 and row count. */
    public static final List<String> FILES = List.of("01-신청서.xlsx", "02-요건검토.xlsx", "03-이해충돌.xlsx",
            "04-심사위원배정.xlsx", "05-평가표.xlsx", "06-종합점수.xlsx", "07-선정결과.xlsx", "08-이의신청.xlsx",
            "09-재결정.xlsx", "10-감사로그.xlsx");

    /**
     * The selection as the solver saw it — the instance, which {@code java -jar jiwon.jar select --input} solves
     * again — and the solver's answer with its bound; present when the call's selection was confirmed.
     */
    public static final List<String> MODEL_FILES = List.of("11-선정모형.json", "12-최적해.json");

    private final CallManagement calls;
    private final ApplicationManagement applications;
    private final CompanyManagement companies;
    private final InstituteRequests requests;
    private final ReviewPanel panel;
    private final ConflictCheck conflicts;
    private final ReviewerAssignment assignment;
    private final kr.jiwon.review.ReviewTables reviewTables;
    private final SelectionResults results;
    private final Objections objections;
    private final AuditLog audit;
    private final MessageSource messages;

    CallDossier(CallManagement calls, ApplicationManagement applications, CompanyManagement companies,
            InstituteRequests requests, ReviewPanel panel, ConflictCheck conflicts, ReviewerAssignment assignment,
            kr.jiwon.review.ReviewTables reviewTables, SelectionResults results, Objections objections,
            AuditLog audit, MessageSource messages) {
        this.calls = calls;
        this.applications = applications;
        this.companies = companies;
        this.requests = requests;
        this.panel = panel;
        this.conflicts = conflicts;
        this.assignment = assignment;
        this.reviewTables = reviewTables;
        this.results = results;
        this.objections = objections;
        this.audit = audit;
        this.messages = messages;
    }

    /** The package as a ZIP (officers); the download is audited. */
    public byte[] zip(CurrentUser user, long callId, Actor actor) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        Call call = calls.call(callId);
        List<Application> apps = applications.handedIn(callId);
        Map<Long, String> receipt = new LinkedHashMap<>();
        apps.forEach(a -> receipt.put(a.id(), a.receiptNumber()));
        Map<String, Spreadsheet> files = new LinkedHashMap<>();
        files.put(FILES.get(0), applicationsSheet(apps));
        files.put(FILES.get(1), screeningSheet(apps));
        files.put(FILES.get(2), conflictsSheet(callId));
        files.put(FILES.get(3), assignmentsSheet(callId));
        files.put(FILES.get(4), reviewTables.scoreSheets(callId));
        files.put(FILES.get(5), reviewTables.scores(callId));
        files.put(FILES.get(6), selectionSheet(callId, receipt));
        files.put(FILES.get(7), objectionsSheet(callId, receipt));
        files.put(FILES.get(8), redecisionsSheet(apps));
        files.put(FILES.get(9), auditSheet(callId, apps));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Spreadsheet manifest = Spreadsheet.withHeader("파일", "행 수", "SHA-256");
            for (var f : files.entrySet()) {
                byte[] content = f.getValue().xlsx(f.getKey().substring(3, f.getKey().length() - 5));
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(content);
                zip.closeEntry();
                manifest.row(f.getKey(), f.getValue().size(), sha256(content));
            }
            var model = results.model(callId);
            if (model.isPresent()) {
                byte[][] contents = {model.get().instanceJson().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        model.get().resultJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)};
                for (int i = 0; i < MODEL_FILES.size(); i++) {
                    zip.putNextEntry(new ZipEntry(MODEL_FILES.get(i)));
                    zip.write(contents[i]);
                    zip.closeEntry();
                    manifest.row(MODEL_FILES.get(i), "", sha256(contents[i]));
                }
            }
            zip.putNextEntry(new ZipEntry("MANIFEST.csv"));
            zip.write(manifest.row("공고", call.title(), "id " + callId).csv());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordView(actor, "CALL_AUDIT_PACKAGE", "CALL", callId, apps.size() + " applications");
        return bytes.toByteArray();
    }

    private Spreadsheet applicationsSheet(List<Application> apps) {
        Spreadsheet s = Spreadsheet.withHeader("접수번호", "기업", "과제명", "지원 유형", "신청 금액(원)", "상태", "접수 일시",
                "참여 연구기관");
        for (Application a : apps) {
            s.row(a.receiptNumber(), companies.company(a.companyId()).name(), a.title(), a.trackCode(),
                    a.requestedAmount() == null ? null : a.requestedAmount().amount(),
                    text("applicationStatus." + a.status().name()),
                    SeoulTime.wallClock(a.submittedAt()), String.join(", ", requests.accepted(a.id())));
        }
        return s;
    }

    private Spreadsheet screeningSheet(List<Application> apps) {
        Spreadsheet s = Spreadsheet.withHeader("접수번호", "이전 상태", "새 상태", "사유", "처리자", "일시");
        for (Application a : apps) {
            for (ApplicationTransition t : a.transitions()) {
                s.row(a.receiptNumber(),
                        t.fromStatus() == null ? "" : text("applicationStatus." + t.fromStatus().name()),
                        text("applicationStatus." + t.toStatus().name()), t.reason(), t.actor(),
                        SeoulTime.wallClock(t.at()));
            }
        }
        return s;
    }

    private Spreadsheet conflictsSheet(long callId) {
        Spreadsheet s = Spreadsheet.withHeader("심사위원", "접수번호", "규칙", "내용", "해제 사유");
        for (var reviewer : panel.panel(callId)) {
            for (ConflictCheck.CaseConflicts c : conflicts.check(callId, reviewer.id())) {
                for (var found : c.conflicts()) {
                    s.row(reviewer.name(), c.receiptNumber(), found.policy(),
                            messages.getMessage(found.messageKey(), new Object[]{found.matched()},
                                    found.messageKey(), Locale.KOREAN),
                            found.dismissedReason());
                }
            }
        }
        return s;
    }

    private Spreadsheet assignmentsSheet(long callId) {
        Spreadsheet s = Spreadsheet.withHeader("접수번호", "과제명", "심사위원", "전문성 적합도");
        assignment.current(callId).forEach(a -> s.row(a.receiptNumber(), a.title(), a.reviewerName(), a.fit()));
        return s;
    }

    private Spreadsheet selectionSheet(long callId, Map<Long, String> receipt) {
        Spreadsheet s = Spreadsheet.withHeader("접수번호", "선정", "점수", "지원 금액(원)", "이유", "결정 일시", "결정자");
        results.result(callId).ifPresent(r -> {
            for (Decision d : r.decisions()) {
                s.row(receipt.get(d.applicationId()), d.selected() ? "선정" : "미선정", d.score(),
                        d.amount() == null ? null : d.amount().amount(), reason(d), SeoulTime.wallClock(d.decidedAt()),
                        d.decidedBy());
            }
            s.row("조건", r.parameters(), "목적값 " + r.objective(), "상한 " + r.bound(),
                    r.optimal() ? "최적임이 증명됨" : "최적 미증명", SeoulTime.wallClock(r.confirmedAt()), r.confirmedBy());
        });
        return s;
    }

    private Spreadsheet objectionsSheet(long callId, Map<Long, String> receipt) {
        Spreadsheet s = Spreadsheet.withHeader("접수번호", "이의신청 내용", "신청 일시", "결과", "답변", "답변 일시", "답변자");
        for (Objection o : objections.ofCall(callId)) {
            s.row(receipt.get(o.applicationId()), o.text(), SeoulTime.wallClock(o.lodgedAt()), o.status().name(),
                    o.answer(),
                    SeoulTime.wallClock(o.answeredAt()), o.answeredBy());
        }
        return s;
    }

    private Spreadsheet redecisionsSheet(List<Application> apps) {
        Spreadsheet s = Spreadsheet.withHeader("접수번호", "차례", "선정", "지원 금액(원)", "이유", "결정 일시", "결정자");
        for (Application a : apps) {
            List<Decision> history = results.history(a.id());
            if (history.size() > 1) {
                for (int i = 0; i < history.size(); i++) {
                    Decision d = history.get(i);
                    s.row(a.receiptNumber(), i + 1, d.selected() ? "선정" : "미선정",
                            d.amount() == null ? null : d.amount().amount(), reason(d),
                            SeoulTime.wallClock(d.decidedAt()),
                            d.decidedBy());
                }
            }
        }
        return s;
    }

    private Spreadsheet auditSheet(long callId, List<Application> apps) {
        List<AuditEvent> events = new ArrayList<>(audit.search(new AuditQuery(null, "CALL", String.valueOf(callId),
                null, null, null, 10_000)));
        for (Application a : apps) {
            events.addAll(audit.search(new AuditQuery(null, "APPLICATION", String.valueOf(a.id()), null, null, null,
                    10_000)));
        }
        events.sort(java.util.Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::id));
        Spreadsheet s = Spreadsheet.withHeader("일시", "사용자", "역할", "행위", "대상", "대상 번호", "내용", "접속 주소");
        events.forEach(e -> s.row(SeoulTime.wallClock(e.at()), e.actor(), e.actorRole(), e.action(), e.targetType(),
                e.targetId(),
                e.detail(), e.ip()));
        return s;
    }

    private String reason(Decision d) {
        return d.reasonKey() == null
                ? ""
                : messages.getMessage(d.reasonKey(), d.reasonArgs(), d.reasonKey(),
                        Locale.KOREAN);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.KOREAN);
    }

    static String sha256(byte[] content) {
        return kr.jiwon.shared.Sha256.hex(content);
    }

}
