package kr.jiwon.projects;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Spendings extends ListCrudRepository<Spending, Long> {

    List<Spending> findByProjectIdOrderBySpentOnAscIdAsc(long projectId);

    List<Spending> findByProjectIdIn(java.util.Collection<Long> projectIds);

    boolean existsByInvoiceNumber(String invoiceNumber);

    boolean existsByEvidenceSha256(String sha256);
}
