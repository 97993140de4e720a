package kr.jiwon.projects;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementChanges extends ListCrudRepository<AgreementChange, Long> {

    List<AgreementChange> findByProjectIdOrderByRequestedAtDesc(long projectId);
}
