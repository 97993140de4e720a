package kr.jiwon.accounts;

import kr.jiwon.audit.AuditLog;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.companies.NewCompany;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.InvalidValueException;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's first user signs up with the company's 사업자등록번호 and profile; further users of the same company
 * are added by a colleague who already has an account (so knowing a registration number is not enough to see a
 * company's applications).
 */
@Service
public class SignUp {

    private final CompanyManagement companies;
    private final AccountManagement accounts;
    private final AuditLog audit;
    private final Passwords passwords;
    private final kr.jiwon.notifications.Notifications notifications;
    private final org.springframework.context.MessageSource messages;

    SignUp(CompanyManagement companies, AccountManagement accounts, AuditLog audit, Passwords passwords,
            kr.jiwon.notifications.Notifications notifications, org.springframework.context.MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
        this.passwords = passwords;
        this.companies = companies;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** What a new company user types. */
    public record CompanySignUp(NewCompany company, String email, String password, String name) {

        @Override
        public String toString() {
            return "CompanySignUp[" + email + "]";
        }
    }

    @Transactional
    public java.util.Optional<Account> signUpCompany(CompanySignUp form, Actor actor) {
        Violations v = new Violations();
        v.check(form.email() != null && form.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                "account.email");
        v.check(form.name() != null && !form.name().isBlank(), "name", "field.required");
        PasswordPolicy.check(v, "password", form.password(), form.email(), form.name(),
                form.company() == null ? null : form.company().name());
        // an address that already has an account is not said so (that would tell who uses the platform): the
        // sign-up answers as usual, creates nothing, and the address's owner is told by e-mail
        boolean taken = form.email() != null && accounts.exists(form.email());
        try {
            BusinessRegistrationNumber brn = BusinessRegistrationNumber
                    .parse(form.company().businessRegistrationNumber());
            v.check(companies.findByBusinessRegistrationNumber(brn).isEmpty(), "company.businessRegistrationNumber",
                    "signup.companyExists", brn.formatted());
        } catch (InvalidValueException e) {
            // reported with the other company fields below
        }
        Company company = null;
        try {
            if (v.isEmpty() && !taken) {
                company = companies.register(form.company());
            } else {
                companies.validate(form.company());
            }
        } catch (InvalidInputException e) {
            e.violations().forEach(x -> v.add(x.under("company").field(), x.messageKey(), x.args()));
        }
        v.throwIfAny();
        if (taken) {
            Account owner = accounts.find(form.email()).orElseThrow();
            notifications.toUser(kr.jiwon.notifications.NotificationKind.ACCOUNT, owner.username(), owner.email(),
                    messages.getMessage("signup.taken.subject", null, java.util.Locale.KOREAN),
                    messages.getMessage("signup.taken.body", new Object[]{owner.displayName()},
                            java.util.Locale.KOREAN),
                    null);
            audit.recordChange(actor, "SIGN_UP_EXISTING", "ACCOUNT", owner.id(), "told by e-mail");
            return java.util.Optional.empty();
        }
        Account account = accounts.create(new NewAccount(form.email().strip(), form.email().strip(), form.password(),
                form.name().strip(), Role.APPLICANT, company.id(), null));
        audit.recordChange(actor, "SIGN_UP", "ACCOUNT", account.id(), "company " + company.id());
        return java.util.Optional.of(account);
    }

    /** A company user adds a colleague, who then logs in with the given password. */
    @Transactional
    public Account addColleague(CurrentUser inviter, String email, String name, Actor actor) {
        if (inviter.role() != Role.APPLICANT || inviter.companyId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("not a company user");
        }
        new Violations()
                .check(email != null && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "account.email")
                .check(name != null && !name.isBlank(), "name", "field.required")
                .check(email == null || !accounts.exists(email), "email", "account.duplicate", email)
                .throwIfAny();
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        // a random password nobody knows: the colleague chooses their own through the e-mailed link
        Account account = accounts.createWithGivenPassword(new NewAccount(email.strip(), email.strip(),
                java.util.Base64.getEncoder().encodeToString(secret), name.strip(), Role.APPLICANT,
                inviter.companyId(), null));
        passwords.invite(account, inviter.displayName(), companies.company(inviter.companyId()).name(), actor);
        audit.recordChange(actor, "ADD_COLLEAGUE", "ACCOUNT", account.id(), "company " + inviter.companyId());
        return account;
    }
}
