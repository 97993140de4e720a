package kr.jiwon.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Reviewers extends ListCrudRepository<Reviewer, Long> {

    List<Reviewer> findAllByOrderByNameAsc();

    Optional<Reviewer> findByAccountUsername(String username);

    boolean existsByEmail(String email);
}
