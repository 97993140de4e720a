package kr.jiwon.applications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.NewAccount;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.companies.NewCompany;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.NewCall;
import kr.jiwon.programs.NewTrack;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Component;

/** Builds companies with users, and calls with chosen rules, through the modules' façades. */
@Component
public class ApplicationsFixtures {

    /** A minimal valid PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private final CompanyManagement companies;
    private final AccountManagement accounts;
    private final CallManagement calls;
    private final ProgramManagement programs;

    ApplicationsFixtures(CompanyManagement companies, AccountManagement accounts, CallManagement calls,
            ProgramManagement programs) {
        this.companies = companies;
        this.accounts = accounts;
        this.calls = calls;
        this.programs = programs;
    }

    /** A fresh well-formed 사업자등록번호 (corporation, code 81). */
    public static String newBrn() {
        String nine = "%03d81%04d".formatted(200 + SERIAL.get() % 700, 1 + SERIAL.incrementAndGet() % 9_999);
        int[] w = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * w[i];
        }
        sum += (nine.charAt(8) - '0') * 5 / 10;
        return nine + (10 - sum % 10) % 10;
    }

    public record CompanyUser(Company company, CurrentUser user) {
    }

    public CompanyUser company(CompanySize size, String region, boolean sobujang, boolean root) {
        String brn = newBrn();
        Company c = companies.register(new NewCompany(brn, "시험기업 " + SERIAL.get(), size, region,
                TextList.of("기계금속"), sobujang, root, null, null, sobujang ? "시험-소부장-" + brn : null,
                root ? "시험-뿌리-" + brn : null, null, null));
        return new CompanyUser(c, user(c, "user" + SERIAL.incrementAndGet() + "@test.kr"));
    }

    public CompanyUser company() {
        return company(CompanySize.SME, "48250", true, true);
    }

    public CurrentUser user(Company c, String email) {
        accounts.create(new NewAccount(email, email, PASSWORD, "담당자", Role.APPLICANT, c.id(), null));
        return accounts.current(email);
    }

    public CurrentUser account(String username, Role role, Long instituteId) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, username + "@test.kr", PASSWORD, username, role, null,
                    instituteId));
        }
        return accounts.current(username);
    }

    /** A published call open from {@code opens} to {@code closes} with the given rules. */
    public Call call(Instant opens, Instant closes, NewCall.NewEligibility rules, Integer grace, Integer ownPercent) {
        long programId = programs.createProgram(new kr.jiwon.programs.NewProgram(null, "T" + SERIAL.incrementAndGet(),
                "시험 사업", "산업통상자원부", null, Won.ofEok(34), null, null, null, null, null, null)).id();
        Call c = calls.create(new NewCall(programId, 9, "시험 공고 " + SERIAL.incrementAndGet(), null, Won.ofEok(17), 25,
                LocalDateTime.ofInstant(opens, SeoulTime.ZONE), LocalDateTime.ofInstant(closes, SeoulTime.ZONE),
                List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1),
                        new NewTrack("CONVERGENT", "융합형", Won.ofEok(2), 12, null, 2)),
                rules, grace, ownPercent, null));
        return calls.publish(c.id());
    }

    public Call openCall() {
        return call(Instant.now().minusSeconds(86_400), Instant.now().plusSeconds(30 * 86_400), null, 0, null);
    }

    /** A complete draft content for version {@code version}. */
    public static String draftJson(long version, String amount, int months) {
        return """
                {"version": %d, "trackCode": "GENERAL", "title": "알루미늄 다이캐스팅 기공 불량 개선",
                 "bottleneck": "자동차 부품용 알루미늄 다이캐스팅에서 기공 불량률이 8%%에 이르러 원인 분석과 공정 개선이 필요합니다.",
                 "technologyFields": ["자동차", "기계금속"], "rootTechnologies": ["RT01"], "desiredInstitutes": ["KITECH"],
                 "requestedAmount": "%s", "durationMonths": %d, "ownContribution": "1천만원",
                 "contactName": "김지원", "contactPhone": "055-123-4567", "contactEmail": "kim@example.kr"}
                """.formatted(version, amount, months);
    }
}
