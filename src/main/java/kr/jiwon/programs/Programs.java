package kr.jiwon.programs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Programs extends ListCrudRepository<Program, Long>, ListPagingAndSortingRepository<Program, Long> {

    Optional<Program> findByCode(String code);

    List<Program> findByPlanIdOrderByIdAsc(Long planId);
}
