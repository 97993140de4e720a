package kr.jiwon.companies;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 참여제한: a company excluded from government programs from {@code startsOn} to {@code endsOn} (both days
 * included), on a stated basis (e.g. the decision and the law it rests on), as an officer recorded it.
 */
@Table("participation_restriction")
public record ParticipationRestriction(@Id Long id, Long companyId, LocalDate startsOn, LocalDate endsOn,
        String basis, String recordedBy, Instant recordedAt) {

    /** Whether the restriction holds on {@code day}. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
