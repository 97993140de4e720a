package kr.jiwon.applications;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApplicationDocuments extends ListCrudRepository<ApplicationDocument, Long> {

    List<ApplicationDocument> findByApplicationIdOrderByIdAsc(Long applicationId);

    @Query("select coalesce(sum(size_bytes), 0) from application_document where application_id = :applicationId")
    long totalSize(long applicationId);

    @Query("select count(*) from application_document where application_id = :applicationId")
    int countByApplication(long applicationId);

    @Query("select count(*) from application_document where supplement_request_id = :requestId")
    int countForSupplement(long requestId);
}
