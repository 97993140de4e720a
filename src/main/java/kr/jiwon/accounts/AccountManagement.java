package kr.jiwon.accounts;

import java.time.Clock;
import java.util.Optional;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and finding them; passwords follow {@link PasswordPolicy} and are hashed with Argon2id. */
@Service
@Transactional(readOnly = true)
public class AccountManagement implements kr.jiwon.shared.CurrentUsers {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    /** The hash of a random password told to no one, made at the first account created without one. */
    private volatile String noPassword;

    AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public Account create(NewAccount cmd) {
        Violations v = identity(cmd);
        PasswordPolicy.check(v, "password", cmd.rawPassword(), cmd.username(), cmd.email(), cmd.displayName());
        v.throwIfAny();
        refuseTaken(cmd);
        return accounts.save(Account.create(cmd, passwordEncoder.encode(cmd.rawPassword()), clock.instant()));
    }

    /**
     * An account whose password is published with its hash, so no hash is computed here (the demo's accounts, made
     * at every first start: seven Argon2 hashes took 2 to 4 s of a cold start). The password must pass the policy
     * and the hash be in the platform's current format; that the hash is the password's is the caller's word — the
     * demo's sign-ins in the browser tests check it.
     */
    @Transactional
    public Account createWithHash(NewAccount cmd, String passwordHash) {
        Violations v = identity(cmd);
        PasswordPolicy.check(v, "password", cmd.rawPassword(), cmd.username(), cmd.email(), cmd.displayName());
        v.check(passwordHash != null && passwordHash.startsWith("{") && !upgradable(passwordHash), "password",
                "account.hashFormat");
        v.throwIfAny();
        refuseTaken(cmd);
        return accounts.save(Account.create(cmd, passwordHash, clock.instant()));
    }

    private boolean upgradable(String hash) {
        try {
            return passwordEncoder.upgradeEncoding(hash);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static Violations identity(NewAccount cmd) {
        return new Violations()
                .check(cmd.username() != null && cmd.username().strip().matches("[A-Za-z0-9._@+-]{3,100}"), "username",
                        "account.username")
                .check(cmd.role() != null, "role", "field.required");
    }

    private void refuseTaken(NewAccount cmd) {
        if (accounts.findByUsername(cmd.username().strip().toLowerCase(java.util.Locale.ROOT)).isPresent()) {
            throw InvalidInputException.of("username", "account.duplicate", cmd.username());
        }
    }

    /**
     * An account nobody can sign in to until its owner sets a password through the reset link (비밀번호 찾기): for
     * contacts the platform adds itself. It stores the hash of a random password told to no one — made once per
     * run and shared by such accounts, since no one can know it (a hash each would cost about 0.1 s of Argon2).
     */
    @Transactional
    public Account createWithoutPassword(NewAccount cmd) {
        identity(cmd).check(cmd.rawPassword() == null, "password", "account.passwordNotExpected").throwIfAny();
        refuseTaken(cmd);
        return accounts.save(Account.create(cmd, noPassword(), clock.instant()));
    }

    private String noPassword() {
        String hash = noPassword;
        if (hash == null) {
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            hash = passwordEncoder.encode(java.util.HexFormat.of().formatHex(random));
            noPassword = hash;
        }
        return hash;
    }

    /** An account whose password someone else chose: its owner chooses their own at first login. */
    @Transactional
    public Account createWithGivenPassword(NewAccount cmd) {
        Account account = create(cmd);
        account.mustChooseOwnPassword();
        return accounts.save(account);
    }

    public Optional<Account> find(String username) {
        return username == null
                ? Optional.empty()
                : accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The user behind a login name; fails if the account is gone (for the platform's own processes and tests). */
    public CurrentUser current(String username) {
        return byUsername(username).orElseThrow(() -> new kr.jiwon.shared.NotFoundException("account.notFound",
                username));
    }

    @Override
    public Optional<CurrentUser> byUsername(String username) {
        return find(username).filter(Account::enabled).map(AccountManagement::asUser);
    }

    @Override
    public java.util.List<CurrentUser> ofInstitute(long instituteId) {
        return accounts.findByInstituteIdAndEnabledTrueOrderByIdAsc(instituteId).stream()
                .map(AccountManagement::asUser).toList();
    }

    @Override
    public java.util.List<CurrentUser> withRole(kr.jiwon.shared.Role role) {
        return accounts.findByRoleAndEnabledTrueOrderByIdAsc(role).stream().map(AccountManagement::asUser).toList();
    }

    private static CurrentUser asUser(Account a) {
        return new CurrentUser(a.id(), a.username(), a.role(), a.companyId(), a.instituteId(), a.displayName(),
                a.email());
    }

    /** The accounts of a company's users. */
    public java.util.List<Account> membersOf(long companyId) {
        return accounts.findByCompanyIdOrderByIdAsc(companyId);
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }
}
