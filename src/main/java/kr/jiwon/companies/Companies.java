package kr.jiwon.companies;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Companies extends ListCrudRepository<Company, Long>, ListPagingAndSortingRepository<Company, Long> {

    Optional<Company> findByBrn(String brn);
}
