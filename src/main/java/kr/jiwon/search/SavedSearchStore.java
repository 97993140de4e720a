package kr.jiwon.search;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SavedSearchStore extends ListCrudRepository<SavedSearch, Long> {

    List<SavedSearch> findByUsernameOrderByIdDesc(String username);

    List<SavedSearch> findByActiveTrue();

    Optional<SavedSearch> findByUnsubscribeKey(String key);
}
