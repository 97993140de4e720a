package kr.jiwon.accounts;

import java.time.Instant;
import kr.jiwon.shared.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person's login to Jiwon with one role; applicants belong to a company, coordinators to an institute. */
@Table("account")
public class Account {

    @Id
    private Long id;
    @Version
    private Long version;
    private final String username;
    private final String email;
    private String passwordHash;
    private final String displayName;
    private Role role;
    private final Long companyId;
    private final Long instituteId;
    private boolean enabled;
    private final Instant createdAt;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;

    @PersistenceCreator
    Account(Long id, Long version, String username, String email, String passwordHash, String displayName, Role role,
            Long companyId, Long instituteId, boolean enabled, Instant createdAt, boolean mustChangePassword,
            Instant passwordChangedAt) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.companyId = companyId;
        this.instituteId = instituteId;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = passwordChangedAt;
    }

    static Account create(NewAccount cmd, String passwordHash, Instant now) {
        return new Account(null, null, cmd.username().strip().toLowerCase(java.util.Locale.ROOT), cmd.email(),
                passwordHash, cmd.displayName(), cmd.role(), cmd.companyId(), cmd.instituteId(), true, now, false,
                now);
    }

    /** Staff roles (officer, administrator, reviewer) move among themselves; company and institute users stay. */
    void changeRole(Role next) {
        if (!STAFF.contains(role) || !STAFF.contains(next)) {
            throw kr.jiwon.shared.InvalidInputException.of("role", "account.roleBound");
        }
        role = next;
    }

    static final java.util.Set<Role> STAFF = java.util.EnumSet.of(Role.OFFICER, Role.ADMIN, Role.REVIEWER);

    void enable(boolean on) {
        enabled = on;
    }

    /** A password someone else chose (a colleague's first one): its owner must choose their own at first login. */
    void mustChooseOwnPassword() {
        mustChangePassword = true;
    }

    /** The same password, hashed anew with the current encoder (no change for its owner). */
    void rehashed(String newHash) {
        passwordHash = newHash;
    }

    /** The owner's new password (already hashed); a requirement to change it is met. */
    void passwordChanged(String newHash, Instant now) {
        passwordHash = newHash;
        mustChangePassword = false;
        passwordChangedAt = now;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long companyId() {
        return companyId;
    }

    public Long instituteId() {
        return instituteId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
