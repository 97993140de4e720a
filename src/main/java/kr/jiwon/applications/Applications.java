package kr.jiwon.applications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Applications extends ListCrudRepository<Application, Long> {

    Optional<Application> findByCallIdAndCompanyId(Long callId, Long companyId);

    List<Application> findByCompanyIdOrderByIdDesc(Long companyId);

    List<Application> findByCompanyIdAndStatusOrderByIdDesc(Long companyId, ApplicationStatus status);

    List<Application> findByCallIdOrderByIdAsc(Long callId);

    @Query("select count(*) from application where call_id = :callId and company_id = :companyId and id <> :id "
            + "and status not in ('DRAFT', 'WITHDRAWN')")
    int countOtherHandedIn(long callId, long companyId, long id);
}
