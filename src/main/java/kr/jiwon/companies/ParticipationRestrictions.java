package kr.jiwon.companies;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipationRestrictions extends ListCrudRepository<ParticipationRestriction, Long> {

    /** Read at every submission: written SQL, not a derived query rendered at each call. */
    @org.springframework.data.jdbc.repository.query.Query("select * from participation_restriction where company_id = :companyId order by starts_on desc")
    List<ParticipationRestriction> findByCompanyIdOrderByStartsOnDesc(Long companyId);

    List<ParticipationRestriction> findAllByOrderByStartsOnDesc();
}
