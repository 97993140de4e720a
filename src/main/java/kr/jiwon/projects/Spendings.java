package kr.jiwon.projects;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Spendings extends ListCrudRepository<Spending, Long> {

    List<Spending> findByProjectIdOrderBySpentOnAscIdAsc(long projectId);

    boolean existsByInvoiceNumber(String invoiceNumber);

    boolean existsByEvidenceSha256(String sha256);
}
