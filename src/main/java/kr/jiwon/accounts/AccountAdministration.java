package kr.jiwon.accounts;

import java.util.Comparator;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts in pages: list them by role, move staff between roles (officer, administrator,
 * reviewer), switch an account off and on, and send a reset link. An administrator cannot lock themselves out, and
 * the last administrator stays one. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdministration {

    private final Accounts accounts;
    private final Passwords passwords;
    private final AuditLog audit;

    AccountAdministration(Accounts accounts, Passwords passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Every account (or those of one role), newest first. */
    public List<Account> accounts(Role role) {
        return accounts.findAll().stream().filter(a -> role == null || a.role() == role)
                .sorted(Comparator.comparing(Account::createdAt).reversed().thenComparing(Account::username))
                .toList();
    }

    @Transactional
    public Account changeRole(long id, Role role, Actor actor) {
        Account a = account(id);
        if (role == null) {
            throw InvalidInputException.of("role", "field.required");
        }
        guardSelfAndLastAdmin(a, actor, role != Role.ADMIN);
        Role before = a.role();
        a.changeRole(role);
        Account saved = accounts.save(a);
        audit.recordChange(actor, "ACCOUNT_ROLE", "ACCOUNT", id, before + " -> " + role);
        return saved;
    }

    @Transactional
    public Account enable(long id, boolean on, Actor actor) {
        Account a = account(id);
        guardSelfAndLastAdmin(a, actor, !on);
        a.enable(on);
        Account saved = accounts.save(a);
        audit.recordChange(actor, on ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "ACCOUNT", id, a.username());
        return saved;
    }

    /** Sends the account's owner a reset link (the administrator never learns or sets the password). */
    @Transactional
    public void sendReset(long id, Actor actor) {
        Account a = account(id);
        passwords.requestReset(a.username(), actor);
        audit.recordChange(actor, "ACCOUNT_RESET_SENT", "ACCOUNT", id, a.username());
    }

    private void guardSelfAndLastAdmin(Account a, Actor actor, boolean losesAdmin) {
        if (!losesAdmin) {
            return;
        }
        if (a.username().equals(actor.username())) {
            throw InvalidInputException.of("account", "account.notYourself");
        }
        if (a.role() == Role.ADMIN && accounts.findByRoleAndEnabledTrueOrderByIdAsc(Role.ADMIN).size() <= 1) {
            throw InvalidInputException.of("account", "account.lastAdmin");
        }
    }

    private Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account.notFound", id));
    }
}
