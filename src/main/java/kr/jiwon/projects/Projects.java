package kr.jiwon.projects;

import java.util.List;
import java.util.Optional;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Projects extends ListCrudRepository<Project, Long> {

    Optional<Project> findByApplicationId(long applicationId);

    /** The project with its row locked until the transaction ends (spending and payments are checked under it). */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Project> findLockedById(long id);

    List<Project> findByCallIdOrderByNumber(long callId);

    List<Project> findByCompanyIdOrderByCreatedAtDesc(long companyId);

    List<Project> findAllByOrderByCreatedAtDescNumberAsc();

    long countByCallId(long callId);
}
