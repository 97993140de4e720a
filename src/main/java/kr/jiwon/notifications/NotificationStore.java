package kr.jiwon.notifications;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationStore extends ListCrudRepository<Notification, Long> {

    List<Notification> findByCompanyIdOrderByIdDesc(long companyId);

    List<Notification> findByUsernameOrderByIdDesc(String username);

    List<Notification> findTop50BySentAtIsNullAndEmailIsNotNullAndAttemptsLessThanOrderByIdAsc(int attempts);

    List<Notification> findByEmailOrderByIdAsc(String email);

    long countByUsernameAndReadAtIsNull(String username);

    long countByCompanyIdAndReadAtIsNull(long companyId);
}
