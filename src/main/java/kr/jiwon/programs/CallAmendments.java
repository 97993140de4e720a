package kr.jiwon.programs;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CallAmendments extends ListCrudRepository<CallAmendment, Long> {

    List<CallAmendment> findByCallIdOrderByAmendedAtAscIdAsc(Long callId);
}
