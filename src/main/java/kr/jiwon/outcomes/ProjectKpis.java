package kr.jiwon.outcomes;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectKpis extends ListCrudRepository<ProjectKpi, Long> {

    List<ProjectKpi> findByProjectIdOrderById(long projectId);

    boolean existsByProjectIdAndCode(long projectId, String code);

    List<ProjectKpi> findByProjectIdIn(List<Long> projectIds);
}
