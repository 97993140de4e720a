package kr.jiwon.programs;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Calls extends ListCrudRepository<Call, Long>, ListPagingAndSortingRepository<Call, Long> {

    List<Call> findByProgramIdOrderByRoundAsc(Long programId);

    List<Call> findByLifeStatus(CallStatus status);
}
