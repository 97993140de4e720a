package kr.jiwon.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement's steps: the officer asks for revisions, the company submits the revised plan, the budget (checked
 * by every {@link CostSharePolicy}) and the deposit of its cash share with evidence; the agreement PDF is generated
 * and hashed, and both parties sign that hash. A copy of any agreement can be verified against the stored hashes.
 */
@Service
@Transactional
public class Agreements {

    private final Projects projects;
    private final ProjectAccess access;
    private final ProjectFiles files;
    private final AgreementDocuments documents;
    private final AgreementFacts facts;
    private final FundingRules rules;
    private final ProjectNotices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final kr.jiwon.selection.AwardReplacements replacements;

    Agreements(Projects projects, ProjectAccess access, ProjectFiles files, AgreementDocuments documents,
            AgreementFacts facts, FundingRules rules, ProjectNotices notices, AuditLog audit, Clock clock,
            kr.jiwon.selection.AwardReplacements replacements) {
        this.replacements = replacements;
        this.projects = projects;
        this.access = access;
        this.files = files;
        this.documents = documents;
        this.facts = facts;
        this.rules = rules;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public Project requestRevision(CurrentUser user, long id, Set<PlanItem> items, String note, Actor actor) {
        Project p = access.forOffice(user, id);
        p.requestRevision(items, note, user.username(), clock.instant());
        Project saved = projects.save(p);
        audit.recordChange(actor, "PROJECT_REVISION_REQUEST", "PROJECT", id, items + ": " + note);
        notices.toCompany(saved, "revision", note);
        return saved;
    }

    public Project submitPlan(CurrentUser user, long id, String title, String goals, String content, Actor actor) {
        Project p = access.ofCompany(user, id);
        p.submitPlan(title, goals, content, user.username(), clock.instant());
        audit.recordChange(actor, "PROJECT_PLAN", "PROJECT", id, p.plan().planTitle());
        return projects.save(p);
    }

    /** The budget, stored only if every cost-share policy holds (all broken rules are reported together). */
    public Project submitBudget(CurrentUser user, long id, Budget budget, Actor actor) {
        Project p = access.ofCompany(user, id);
        CostSharePolicy.checkAll(budget, facts.costShareContext(p));
        p.submitBudget(budget, user.username(), clock.instant());
        Project saved = projects.save(p);
        audit.recordChange(actor, "PROJECT_BUDGET", "PROJECT", id, budget.categories() + " " + budget.funders());
        if (saved.step() == AgreementStep.SIGN) {
            issue(saved, 1, null);
        }
        return saved;
    }

    public Project recordDeposit(CurrentUser user, long id, Won amount, LocalDate on, UploadedFile evidence,
            Actor actor) {
        Project p = access.ofCompany(user, id);
        if (on == null) {
            throw InvalidInputException.of("depositedOn", "field.required");
        }
        if (on.isAfter(kr.jiwon.shared.SeoulTime.today(clock))) {
            throw InvalidInputException.of("depositedOn", "project.futureDate");
        }
        Instant now = clock.instant();
        ProjectFile file = files.save(ProjectFile.of(id, "DEPOSIT", evidence, user.username(), now));
        p.recordDeposit(amount, on, file.id(), user.username(), now);
        Project saved = projects.save(p);
        audit.recordChange(actor, "PROJECT_DEPOSIT", "PROJECT", id, amount.amount() + " " + file.sha256());
        issue(saved, 1, null);
        return saved;
    }

    /**
     * The user signs the current agreement document as their party (company or agency) over the hash they were
     * shown; when both have signed, the project starts and the company is told.
     */
    public AgreementDocument sign(CurrentUser user, long id, String shownHash, Actor actor) {
        Project p = access.readable(user, id);
        Signature.Party party = user.isOffice()
                ? Signature.Party.AGENCY
                : access.isCompany(user, p) ? Signature.Party.COMPANY : null;
        if (party == null || p.step() != AgreementStep.SIGN || p.status() != ProjectStatus.AGREEMENT) {
            throw InvalidInputException.of("step", "project.wrongStep");
        }
        AgreementDocument doc = documents.findFirstByProjectIdOrderByRevisionDesc(id)
                .orElseThrow(() -> InvalidInputException.of("step", "project.wrongStep"));
        Instant now = clock.instant();
        doc.sign(new Signature(party, user.username(), user.displayName(), now, shownHash == null ? "" : shownHash,
                "CLICK", actor.ip()));
        AgreementDocument saved = documents.save(doc);
        audit.recordChange(actor, "AGREEMENT_SIGN", "PROJECT", id, party + " " + doc.sha256());
        if (saved.fullySigned()) {
            p.signed(user.username(), now);
            projects.save(p);
            notices.toCompany(p, "signed", p.grantAmount());
        } else if (party == Signature.Party.COMPANY) {
            notices.toCompany(p, "companySigned");
        }
        return saved;
    }

    /**
     * The company gives its award up before the agreement is signed (선정 포기), or an officer records that it did (by
     * letter, by telephone): the project ends, the selection records the decision and frees its money for another
     * application, and the company is told. Refused once both parties have signed.
     */
    public Project giveUp(CurrentUser user, long id, String reason, Actor actor) {
        Project p = user.isOffice() ? access.forOffice(user, id) : access.ofCompany(user, id);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        p.giveUp(user.username(), clock.instant(), reason.strip());
        Project saved = projects.save(p);
        replacements.giveUp(p.applicationId(), reason.strip(), actor);
        audit.recordChange(actor, "PROJECT_GIVEN_UP", "PROJECT", id, reason.strip());
        notices.toCompany(saved, "givenUp", reason.strip());
        return saved;
    }

    /** A new version of the agreement (after an approved change), signed for the agency by the approving officer. */
    AgreementDocument amend(Project p, String reason, CurrentUser officer, Actor actor) {
        int next = documents.findFirstByProjectIdOrderByRevisionDesc(p.id()).map(d -> d.revision() + 1).orElse(1);
        AgreementDocument doc = issue(p, next, reason);
        doc.sign(new Signature(Signature.Party.AGENCY, officer.username(), officer.displayName(), clock.instant(),
                doc.sha256(), "CLICK", actor.ip()));
        return documents.save(doc);
    }

    /** Which stored agreement, if any, has exactly these bytes (an altered copy has none). */
    @Transactional(readOnly = true)
    public Optional<AgreementDocument> verify(byte[] copy) {
        return copy == null || copy.length == 0
                ? Optional.empty()
                : documents.findBySha256(UploadedFile.sha256(copy));
    }

    @Transactional(readOnly = true)
    public Map<Funder, Won> suggestedSplit(Project p, Won total) {
        FundingRule rule = rules.of(p.programCode());
        Map<Funder, Won> out = new EnumMap<>(Funder.class);
        rule.sharesPercent().forEach((f, pct) -> out.put(f, Won.of(Math.round(total.amount() * pct / 100.0))));
        return out;
    }

    private AgreementDocument issue(Project p, int revision, String reason) {
        byte[] pdf = AgreementPdf.render(facts.of(p, revision, reason));
        UploadedFile file = new UploadedFile(p.number() + "-협약서-v" + revision + ".pdf", pdf, "application/pdf",
                UploadedFile.sha256(pdf));
        ProjectFile stored = files.save(ProjectFile.of(p.id(), "AGREEMENT", file, "system", clock.instant()));
        return documents.save(AgreementDocument.of(p.id(), revision, reason, stored, clock.instant()));
    }
}
