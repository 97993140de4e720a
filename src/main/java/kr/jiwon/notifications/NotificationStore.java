package kr.jiwon.notifications;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationStore extends ListCrudRepository<Notification, Long> {

    List<Notification> findByCompanyIdOrderByIdDesc(long companyId);

    List<Notification> findByUsernameOrderByIdDesc(String username);

    /** E-mails not delivered yet that have failed at least once, oldest first. */
    List<Notification> findBySentAtIsNullAndEmailIsNotNullAndAttemptsGreaterThanOrderByIdAsc(int attempts);

    long countBySentAtIsNullAndEmailIsNotNull();

    List<Notification> findByEmailOrderByIdAsc(String email);

    long countByUsernameAndReadAtIsNull(String username);

    long countByCompanyIdAndReadAtIsNull(long companyId);
}
