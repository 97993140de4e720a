package kr.jiwon.projects;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static kr.jiwon.testing.Refusals.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.ApiTestSupport;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 반납: after a settlement that asks money back, the officer records what the company paid back, in parts if it pays
 * in parts, until nothing is owed; the company is told each time what is left. Refused with a reason: before the
 * settlement, by the company, a day to come or before the settlement, more than is owed — by the service and the
 * API alike, nothing stored on refusal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class RepaymentIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    Terminations terminations;
    @Autowired
    Settlements settlements;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCompanyPaysBackWhatTheSettlementAskedInPartsUntilNothingIsOwed() throws Exception {
        ProjectFixtures.Awarded a = fixtures.runningWithSpending("BACK");
        long id = a.project().id();
        LocalDate today = a.project().startsOn().plusDays(60);
        Actor co = new Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        assertThat(key(() -> settlements.recordRepayment(a.officer(), id, today, Won.ofManwon(100), OFFICE)))
                .as("nothing is owed before a settlement").isEqualTo("project.nothingToReturn");
        terminations.terminate(a.officer(), id, new Terminations.Request(Termination.Kind.COMPANY_REQUEST,
                today.minusDays(10), "중단 요청(공문 제2027-20호)", true), OFFICE);
        Won owed = settlements.confirm(a.officer(), id, Won.of(12_345), OFFICE).toReturn();
        assertThat(owed.amount()).isPositive();
        assertThat(projects.view(a.officer(), id, OFFICE).outstanding()).isEqualTo(owed);

        assertThatThrownBy(() -> settlements.recordRepayment(a.company(), id, today, Won.ofManwon(100), co))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(key(() -> settlements.recordRepayment(a.officer(), id, today.plusDays(1), Won.ofManwon(100),
                OFFICE))).isEqualTo("project.repaidOnFuture");
        assertThat(key(() -> settlements.recordRepayment(a.officer(), id, today.minusDays(1), Won.ofManwon(100),
                OFFICE))).as("before the settlement").isEqualTo("project.repaidBeforeSettlement");
        assertThat(key(() -> settlements.recordRepayment(a.officer(), id, today, owed.plus(Won.of(1)), OFFICE)))
                .isEqualTo("project.repaidAboveOutstanding");
        assertThat(projects.view(a.officer(), id, OFFICE).repayments()).as("nothing stored on refusal").isEmpty();

        Project part = settlements.recordRepayment(a.officer(), id, today, Won.ofManwon(1000), OFFICE);
        Won left = owed.minus(Won.ofManwon(1000));
        assertThat(part.outstanding()).isEqualTo(left);
        assertThat(notifications.ofCompany(a.project().companyId())).anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("[지원] 과제 " + part.number() + " 반납 확인");
            assertThat(n.body()).contains("1,000만원", left.korean());
        });

        // the rest through the API, as an agency's accounting system would
        String url = "/api/v1/projects/" + id + "/repayments";
        var officer = httpBasic(ApiTestSupport.OFFICER, ApiTestSupport.OFFICER_PASSWORD);
        mvc.perform(post(url).with(httpBasic(a.company().username(), ApplicationsFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"repaidOn\": \"" + today + "\", \"amount\": 1}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"repaidOn\": \"" + today + "\", \"amount\": " + (left.amount() + 1) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("repaidAmount"));
        mvc.perform(get("/api/v1/projects").param("owing", "true").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].outstanding").value(Math.toIntExact(left.amount())));
        mvc.perform(post(url).with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"repaidOn\": \"" + today + "\", \"amount\": " + left.amount() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outstanding").value(0))
                .andExpect(jsonPath("$.repayments.length()").value(2))
                .andExpect(jsonPath("$.repayments[1].amount").value(left.amount()));

        mvc.perform(get("/api/v1/projects").param("owing", "true").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        Project done = projects.view(a.officer(), id, OFFICE);
        assertThat(done.outstanding()).isEqualTo(Won.ZERO);
        assertThat(done.repaid()).isEqualTo(owed);
        assertThat(key(() -> settlements.recordRepayment(a.officer(), id, today, Won.of(1), OFFICE)))
                .as("nothing more is owed").isEqualTo("project.repaidAboveOutstanding");
        assertThat(audit.search(new AuditQuery(null, "PROJECT", String.valueOf(id), "PROJECT_REPAYMENT", null, null,
                10))).hasSize(2).anySatisfy(e -> assertThat(e.detail()).endsWith("outstanding 0"));
    }
}
