package kr.jiwon.programs;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Plans extends ListCrudRepository<Plan, Long>, ListPagingAndSortingRepository<Plan, Long> {
}
