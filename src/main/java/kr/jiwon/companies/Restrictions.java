package kr.jiwon.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 참여제한 register officers keep (as NTIS's register of sanctioned firms records them): who, from when to when
 * and on what basis. Applications check it when they are submitted and again at 요건검토.
 */
@Service
@Transactional(readOnly = true)
public class Restrictions {

    private final ParticipationRestrictions store;
    private final CompanyManagement companies;
    private final AuditLog audit;
    private final Clock clock;

    Restrictions(ParticipationRestrictions store, CompanyManagement companies, AuditLog audit, Clock clock) {
        this.store = store;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    /** A line of the register with its company, for pages. */
    public record Entry(ParticipationRestriction restriction, Company company) {
    }

    /**
     * Records a restriction of the company with this 사업자등록번호; every problem at once (unknown or malformed
     * number, missing dates, an end before the start, no basis).
     */
    @Transactional
    public ParticipationRestriction record(String businessRegistrationNumber, LocalDate startsOn, LocalDate endsOn,
            String basis, Actor actor) {
        Violations v = new Violations();
        BusinessRegistrationNumber brn = v.attempt("businessRegistrationNumber",
                () -> BusinessRegistrationNumber.parse(businessRegistrationNumber));
        Company company = brn == null ? null : companies.findByBusinessRegistrationNumber(brn).orElse(null);
        if (brn != null && company == null) {
            v.add("businessRegistrationNumber", "restriction.unknownCompany", brn.formatted());
        }
        v.check(startsOn != null, "startsOn", "field.required");
        v.check(endsOn != null, "endsOn", "field.required");
        v.check(startsOn == null || endsOn == null || !endsOn.isBefore(startsOn), "endsOn",
                "restriction.endBeforeStart");
        v.check(basis != null && !basis.isBlank(), "basis", "field.required");
        v.check(basis == null || basis.strip().length() <= 500, "basis", "field.tooLong", 500);
        v.throwIfAny();
        ParticipationRestriction saved = store.save(new ParticipationRestriction(null, company.id(), startsOn, endsOn,
                basis.strip(), actor.username(), clock.instant()));
        audit.recordChange(actor, "RESTRICTION_RECORD", "COMPANY", company.id(),
                startsOn + "~" + endsOn + ": " + basis.strip());
        return saved;
    }

    /** The register, latest start first. */
    public List<Entry> all() {
        return store.findAllByOrderByStartsOnDesc().stream()
                .map(r -> new Entry(r, companies.company(r.companyId()))).toList();
    }

    /** The company's restrictions that hold on {@code day}. */
    public List<ParticipationRestriction> holdingOn(long companyId, LocalDate day) {
        return store.findByCompanyIdOrderByStartsOnDesc(companyId).stream().filter(r -> r.holdsOn(day)).toList();
    }

    /** The company's restrictions that hold today or are still to come, latest start first. */
    public List<ParticipationRestriction> currentOrComing(long companyId) {
        LocalDate today = today();
        return store.findByCompanyIdOrderByStartsOnDesc(companyId).stream()
                .filter(r -> !r.endsOn().isBefore(today)).toList();
    }

    public LocalDate today() {
        return kr.jiwon.shared.SeoulTime.today(clock);
    }
}
