package kr.jiwon.institutes;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Institutes
        extends
            ListCrudRepository<ResearchInstitute, Long>,
            ListPagingAndSortingRepository<ResearchInstitute, Long> {

    Optional<ResearchInstitute> findByShortName(String shortName);
}
