package kr.jiwon.applications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Applications extends ListCrudRepository<Application, Long> {

    Optional<Application> findByCallIdAndCompanyId(Long callId, Long companyId);

    List<Application> findByCompanyIdOrderByIdDesc(Long companyId);

    List<Application> findByCallIdOrderByIdAsc(Long callId);
}
