package kr.jiwon.applications;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SupplementRequests extends ListCrudRepository<SupplementRequest, Long> {

    List<SupplementRequest> findByApplicationIdOrderByIdAsc(Long applicationId);

    List<SupplementRequest> findByCallIdOrderByIdAsc(Long callId);
}
