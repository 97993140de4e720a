package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.NewCall.NewEligibility;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;
import org.junit.jupiter.api.Test;
/**
 * Every eligibility rule of a call, through the API: each refusal names its field with a Korean message, all of them
 * at once, and a company applies once per call.
 */
class EligibilityApiIntegrationTests extends ApplicationApiTestSupport {

    private void rejectedFor(CompanyUser c, Call call, String draft, String field, String messagePart)
            throws Exception {
        long id = start(c, call);
        write(c, id, draft.replace("\"version\": 0", "\"version\": " + version(c, id))).andExpect(status().isOk());
        attach(c, id, "plan.pdf", PDF).andExpect(status().isCreated());
        mvc.perform(submit(id, "key-" + id).with(as(c)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message",
                        hasItem(containsString(messagePart))));
        assertThat(statusOf(c, id)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from idempotent_submission where idem_key = ?", Integer.class,
                "key-" + id)).isZero();
    }

    private Call callWith(NewEligibility rules, Integer ownPercent) {
        return fixtures.call(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400 * 10), rules, 0,
                ownPercent);
    }

    @Test
    void rejectsACompanyOfTheWrongSizeClass() throws Exception {
        rejectedFor(fixtures.company(CompanySize.MIDSIZE, "48250", true, true),
                callWith(new NewEligibility(TextList.of("SME"), false, false, null, false, null, null), null),
                draftJson(0, "4천만원", 10), "company", "중견기업");
    }

    @Test
    void rejectsANonSobujangCompanyWhereTheCallRequiresIt() throws Exception {
        rejectedFor(fixtures.company(CompanySize.SME, "48250", false, true),
                callWith(new NewEligibility(null, true, false, null, false, null, null), null),
                draftJson(0, "4천만원", 10), "company", "소부장");
    }

    @Test
    void rejectsANonRootCompanyWhereTheCallRequiresIt() throws Exception {
        rejectedFor(fixtures.company(CompanySize.SME, "48250", true, false),
                callWith(new NewEligibility(null, false, true, null, false, null, null), null),
                draftJson(0, "4천만원", 10), "company", "뿌리기업");
    }

    @Test
    void rejectsACompanyOutsideTheCallsRegions() throws Exception {
        rejectedFor(fixtures.company(CompanySize.SME, "41590", true, true),
                callWith(new NewEligibility(null, false, false, TextList.of("48"), false, null, null), null),
                draftJson(0, "4천만원", 10), "company", "경기도 화성시");
    }

    @Test
    void rejectsAnAmountOverTheTrackCap() throws Exception {
        rejectedFor(fixtures.company(), fixtures.openCall(), draftJson(0, "5천1백만원", 10), "requestedAmount",
                "5,100만원");
    }

    @Test
    void rejectsADurationOverTheTrackMaximum() throws Exception {
        rejectedFor(fixtures.company(), fixtures.openCall(), draftJson(0, "4천만원", 13), "durationMonths", "12개월");
    }

    @Test
    void rejectsTooSmallAnOwnContribution() throws Exception {
        rejectedFor(fixtures.company(), callWith(null, 30), draftJson(0, "4천만원", 10), "ownContribution", "1,200만원");
    }

    @Test
    void showsEveryMissingItemAtOnce() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        mvc.perform(submit(id, null).with(as(c)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("title", "bottleneck",
                        "contactPhone", "documents", "requestedAmount", "durationMonths")));
    }

    @Test
    void aNewDraftIsPrefilledWithTheContactPerson() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        mvc.perform(get("/api/v1/applications/" + id).with(as(c)))
                .andExpect(jsonPath("$.contactName").value("담당자"))
                .andExpect(jsonPath("$.contactEmail").value(c.user().username()));
    }

    @Test
    void onlyOneHandedInApplicationPerCompanyAndCall() throws Exception {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        long id = completeDraft(c, call);
        mvc.perform(submit(id, null).with(as(c))).andExpect(status().isOk());
        // a colleague of the same company gets the same application, not a second one
        var colleague = new CompanyUser(c.company(), fixtures.user(c.company(), "colleague-" + id + "@test.kr"));
        assertThat(start(colleague, call)).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from application where call_id = ? and company_id = ?",
                Integer.class, call.id(), c.company().id())).isEqualTo(1);
    }
}
