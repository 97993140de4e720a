package kr.jiwon.outcomes;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectReports extends ListCrudRepository<ProjectReport, Long> {

    List<ProjectReport> findByProjectIdOrderByDueOnAscIdAsc(long projectId);

    List<ProjectReport> findByStatusIn(List<ProjectReport.Status> statuses);
}
