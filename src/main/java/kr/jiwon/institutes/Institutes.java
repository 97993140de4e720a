package kr.jiwon.institutes;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Institutes
        extends
            ListCrudRepository<ResearchInstitute, Long>,
            ListPagingAndSortingRepository<ResearchInstitute, Long> {

    /** Read on every hand-off and for each institute a company names: written SQL, not rendered at each call. */
    @org.springframework.data.jdbc.repository.query.Query("select * from research_institute where short_name = :shortName")
    Optional<ResearchInstitute> findByShortName(String shortName);
}
