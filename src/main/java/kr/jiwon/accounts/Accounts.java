package kr.jiwon.accounts;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Accounts extends ListCrudRepository<Account, Long>, ListPagingAndSortingRepository<Account, Long> {

    /** Looked up on every signed-in request: written SQL, not a derived query rendered at each call. */
    @org.springframework.data.jdbc.repository.query.Query("select * from account where username = :username")
    Optional<Account> findByUsername(String username);

    java.util.List<Account> findByEmailIgnoreCase(String email);

    /** Read for every message to a company (who to tell): written SQL, not rendered at each call. */
    @org.springframework.data.jdbc.repository.query.Query("select * from account where company_id = :companyId order by id")
    java.util.List<Account> findByCompanyIdOrderByIdAsc(Long companyId);

    /** Read for every request offered to an institute (who to tell): written SQL, not rendered at each call. */
    @org.springframework.data.jdbc.repository.query.Query("select * from account where institute_id = :instituteId and enabled = true order by id")
    java.util.List<Account> findByInstituteIdAndEnabledTrueOrderByIdAsc(Long instituteId);

    java.util.List<Account> findByRoleAndEnabledTrueOrderByIdAsc(kr.jiwon.shared.Role role);
}
