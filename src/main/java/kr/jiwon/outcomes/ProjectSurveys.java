package kr.jiwon.outcomes;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectSurveys extends ListCrudRepository<ProjectSurvey, Long> {

    List<ProjectSurvey> findByProjectIdOrderBySentAtAscIdAsc(long projectId);

    List<ProjectSurvey> findByAnsweredAtIsNull();

    boolean existsByProjectIdAndKindAndSeq(long projectId, Duty.Kind kind, int seq);
}
