package kr.jiwon.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewer pool: registering experts, their declared conflicts and joint projects. */
@Service
@Transactional(readOnly = true)
public class ReviewerPool {

    private final Reviewers reviewers;
    private final InstituteManagement institutes;
    private final kr.jiwon.shared.CurrentUsers users;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewerPool(Reviewers reviewers, InstituteManagement institutes, kr.jiwon.shared.CurrentUsers users,
            Regions regions,
            AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.reviewers = reviewers;
        this.institutes = institutes;
        this.users = users;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Reviewer register(NewReviewer cmd, Actor actor) {
        Violations v = new Violations();
        v.check(cmd.name() != null && !cmd.name().isBlank(), "name", "field.required");
        v.check(cmd.email() != null && cmd.email().contains("@"), "email", "field.email");
        v.check(cmd.affiliation() != null && !cmd.affiliation().isBlank(), "affiliation", "field.required");
        List<String> brns = cmd.affiliationBrns().stream().filter(s -> !s.isBlank())
                .map(s -> v.attempt("affiliationBrns", () -> BusinessRegistrationNumber.parse(s).digits()))
                .toList();
        List<String> codes = cmd.instituteCodes().stream().filter(s -> !s.isBlank()).map(String::strip).toList();
        codes.stream().filter(c -> institutes.find(c).isEmpty()).findFirst()
                .ifPresent(c -> v.add("instituteCodes", "reviewer.unknownInstitute", c));
        String region = cmd.regionCode() == null || cmd.regionCode().isBlank() ? null : cmd.regionCode().strip();
        v.check(region == null || regions.isKnown(region), "regionCode", "region.unknown", region);
        String username = cmd.accountUsername() == null || cmd.accountUsername().isBlank()
                ? null
                : cmd.accountUsername().strip();
        v.check(username == null || users.byUsername(username).filter(a -> a.role() == Role.REVIEWER).isPresent(),
                "accountUsername", "reviewer.unknownAccount", username);
        v.check(cmd.email() == null || !reviewers.existsByEmail(cmd.email().strip()), "email",
                "reviewer.duplicateEmail");
        v.throwIfAny();
        Reviewer saved = reviewers.save(new Reviewer(null, null, cmd.name().strip(), cmd.email().strip(),
                cmd.affiliation().strip(), TextList.of(brns), TextList.of(codes),
                TextList.of(cmd.expertiseFields().stream().filter(s -> !s.isBlank()).map(String::strip).toList()),
                region, username, clock.instant(), null, null));
        audit.recordChange(actor, "REVIEWER_REGISTER", "REVIEWER", saved.id(), saved.name());
        return saved;
    }

    /** The reviewer declares a conflict with a company (사업자등록번호) or an institute (code), with a reason. */
    @Transactional
    public Reviewer declareConflict(long reviewerId, String brnOrInstitute, String reason, Actor actor) {
        Reviewer r = reviewer(reviewerId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        String key = brnOrInstitute == null ? "" : brnOrInstitute.strip();
        if (institutes.find(key).isPresent()) {
            r.declare(new Reviewer.DeclaredConflict(null, institutes.find(key).get().shortName(), reason.strip()));
        } else {
            Violations v = new Violations();
            String brn = v.attempt("target", () -> BusinessRegistrationNumber.parse(key).digits());
            v.throwIfAny();
            r.declare(new Reviewer.DeclaredConflict(brn, null, reason.strip()));
        }
        audit.recordChange(actor, "REVIEWER_DECLARE_CONFLICT", "REVIEWER", reviewerId, key + ": " + reason.strip());
        Reviewer saved = reviewers.save(r);
        events.publishEvent(new ConflictAlerts.ReviewerConflictsChanged(reviewerId, actor));
        return saved;
    }

    @Transactional
    public Reviewer addJointProject(long reviewerId, String partnerBrn, String title, LocalDate endedOn,
            Actor actor) {
        Reviewer r = reviewer(reviewerId);
        Violations v = new Violations();
        String brn = v.attempt("partnerBrn", () -> BusinessRegistrationNumber.parse(partnerBrn).digits());
        v.check(title != null && !title.isBlank(), "title", "field.required");
        v.check(endedOn != null, "endedOn", "field.required");
        v.throwIfAny();
        r.addJointProject(new Reviewer.JointProject(brn, title.strip(), endedOn));
        audit.recordChange(actor, "REVIEWER_JOINT_PROJECT", "REVIEWER", reviewerId, brn + " " + title.strip());
        Reviewer saved = reviewers.save(r);
        events.publishEvent(new ConflictAlerts.ReviewerConflictsChanged(reviewerId, actor));
        return saved;
    }

    public List<Reviewer> all() {
        return reviewers.findAllByOrderByNameAsc();
    }

    public Reviewer reviewer(long id) {
        return reviewers.findById(id).orElseThrow(() -> new NotFoundException("reviewer.notFound", id));
    }

    public Optional<Reviewer> ofAccount(String username) {
        return reviewers.findByAccountUsername(username);
    }
}
