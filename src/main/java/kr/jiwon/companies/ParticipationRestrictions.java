package kr.jiwon.companies;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipationRestrictions extends ListCrudRepository<ParticipationRestriction, Long> {

    List<ParticipationRestriction> findByCompanyIdOrderByStartsOnDesc(Long companyId);

    List<ParticipationRestriction> findAllByOrderByStartsOnDesc();
}
