package kr.jiwon.accounts;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface Accounts extends ListCrudRepository<Account, Long>, ListPagingAndSortingRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    java.util.List<Account> findByEmailIgnoreCase(String email);

    java.util.List<Account> findByCompanyIdOrderByIdAsc(Long companyId);

    java.util.List<Account> findByInstituteIdAndEnabledTrueOrderByIdAsc(Long instituteId);

    java.util.List<Account> findByRoleAndEnabledTrueOrderByIdAsc(kr.jiwon.shared.Role role);
}
