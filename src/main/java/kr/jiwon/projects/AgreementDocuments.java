package kr.jiwon.projects;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementDocuments extends ListCrudRepository<AgreementDocument, Long> {

    List<AgreementDocument> findByProjectIdOrderByRevision(long projectId);

    Optional<AgreementDocument> findFirstByProjectIdOrderByRevisionDesc(long projectId);

    Optional<AgreementDocument> findBySha256(String sha256);
}
