package kr.jiwon.selection;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectionStore extends ListCrudRepository<Objection, Long> {

    List<Objection> findByCallIdOrderByIdAsc(long callId);

    List<Objection> findByApplicationIdOrderByIdAsc(long applicationId);
}
