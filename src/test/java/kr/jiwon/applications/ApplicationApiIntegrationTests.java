package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import kr.jiwon.shared.CompanySize;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** An application's life through the JSON API: write, attach, submit, withdraw, screen, export, audit. */
class ApplicationApiIntegrationTests extends ApplicationApiTestSupport {

    @Test
    void aCompanyWritesAttachesSubmitsGetsAReceiptAndWithdraws() throws Exception {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        long id = start(c, call);
        write(c, id, draftJson(version(c, id), "4,800만원", 10))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestedAmount").value(48_000_000))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        attach(c, id, "사업계획서.pdf", PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.hasLength(64)));
        mvc.perform(submit(id, "k-" + id).with(as(c)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receiptNumber")
                        .value(org.hamcrest.Matchers.matchesPattern("T\\d+-\\d{4}-9-000001")));
        assertThat(statusOf(c, id)).isEqualTo("SUBMITTED");
        mvc.perform(get("/api/v1/applications/" + id + "/documents/"
                + jdbc.queryForObject("select id from application_document where application_id = ?", Long.class, id))
                .with(as(c)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(post("/api/v1/applications/" + id + "/withdraw").with(as(c)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"내용 보완 후 다시 제출\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.history[-1].reason").value("내용 보완 후 다시 제출"));
        mvc.perform(post("/api/v1/applications/" + id + "/reopen").with(as(c)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void aSecondStartForTheSameCallReturnsTheSameApplication() throws Exception {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        assertThat(start(c, call)).isEqualTo(start(c, call));
        assertThat(jdbc.queryForObject("select count(*) from application where call_id = ?", Integer.class, call.id()))
                .isEqualTo(1);
    }

    @Test
    void aLateSubmissionIsRefusedWithTheCloseTime() throws Exception {
        CompanyUser c = fixtures.company();
        Instant closes = Instant.parse("2031-03-31T09:00:00Z"); // 18:00 in Seoul
        Call call = fixtures.call(closes.minus(Duration.ofDays(30)), closes, null, 0, null);
        clock.set(closes.minus(Duration.ofDays(1)));
        long id = completeDraft(c, call);
        clock.set(closes.plusSeconds(1));
        mvc.perform(submit(id, null).with(as(c)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'call')].message",
                        hasItem(containsString("2031.03.31 18:00"))));
        clock.set(closes.minus(Duration.ofDays(1)));
        assertThat(statusOf(c, id)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select last_value from receipt_counter where call_id = ?", Integer.class,
                call.id())).isZero();
    }

    @Test
    void aSubmissionOneSecondBeforeTheCloseIsAccepted() throws Exception {
        CompanyUser c = fixtures.company();
        Instant closes = Instant.parse("2031-04-30T09:00:00Z");
        Call call = fixtures.call(closes.minus(Duration.ofDays(30)), closes, null, 0, null);
        clock.set(closes.minus(Duration.ofDays(1)));
        long id = completeDraft(c, call);
        clock.set(closes.minusSeconds(1));
        mvc.perform(submit(id, null).with(as(c))).andExpect(status().isOk());
    }

    @Test
    void aFileIsRecognisedByItsContentNotItsName() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        attach(c, id, "사업계획서.pdf", exe)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("허용되지 않는 파일 형식")));
        attach(c, id, "plan.pdf", "<html><script>alert(1)</script></html>".getBytes())
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from application_document where application_id = ?",
                Integer.class, id)).isZero();
        // a real PNG named .hwp is stored as what it is
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        attach(c, id, "도면.hwp", png).andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"));
    }

    @Test
    void rejectsAnOversizeFileAndTooMuchInAll() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        byte[] big = new byte[65 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        attach(c, id, "big.pdf", big)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("0MB")));
        byte[] ok = new byte[60 * 1024];
        System.arraycopy(PDF, 0, ok, 0, PDF.length);
        attach(c, id, "a.pdf", ok).andExpect(status().isCreated());
        attach(c, id, "b.pdf", ok).andExpect(status().isCreated());
        attach(c, id, "c.pdf", ok).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("모두 합쳐")));
        assertThat(jdbc.queryForObject("select count(*) from application_document where application_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void officersScreenFilterAndExportWithKoreanHeaders() throws Exception {
        CompanyUser c = fixtures.company(CompanySize.SME, "51750", true, true); // 영월군: 인구감소지역
        Call call = fixtures.openCall();
        long id = completeDraft(c, call);
        mvc.perform(submit(id, null).with(as(c))).andExpect(status().isOk());
        var officer = httpBasic("officer", "jiwon-officer-demo");
        mvc.perform(get("/api/v1/calls/" + call.id() + "/applications").param("declineArea", "true").with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value((int) id))
                .andExpect(jsonPath("$[0].declineArea").value(true));
        mvc.perform(get("/api/v1/calls/" + call.id() + "/applications").param("region", "41").with(officer))
                .andExpect(jsonPath("$.length()").value(0));
        // no screening while the call still accepts applications
        mvc.perform(post("/api/v1/applications/" + id + "/status").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"SCREENING\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("마감")));
        mvc.perform(post("/api/v1/calls/" + call.id() + "/close").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/v1/applications/" + id + "/status").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"SCREENING\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SCREENING"));
        mvc.perform(post("/api/v1/applications/" + id + "/status").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"INELIGIBLE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/applications/" + id + "/status").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"INELIGIBLE\", \"reason\": \"국세 체납\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[-1].reason").value("국세 체납"))
                .andExpect(jsonPath("$.history[-1].actor").value("officer"));
        mvc.perform(post("/api/v1/applications/" + id + "/status").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"DRAFT\"}"))
                .andExpect(status().isBadRequest());
        byte[] xlsx = mvc.perform(get("/api/v1/calls/" + call.id() + "/applications.xlsx").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheet("신청 목록");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("접수번호");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("인구감소지역");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("예");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(48_000_000d);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).as("track by name").isEqualTo("일반형");
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).as("status in Korean").isEqualTo("요건 부적격");
        }
    }

    @Test
    void aCallsStatusFollowsItsStagesInTheApiAndNothingIsSubmittedOrWithdrawnAfterTheClose() throws Exception {
        Call call = fixtures.openCall();
        CompanyUser early = fixtures.company();
        CompanyUser late = fixtures.company();
        long submitted = completeDraft(early, call);
        mvc.perform(submit(submitted, null).with(as(early))).andExpect(status().isOk());
        long draft = completeDraft(late, call);
        var officer = httpBasic("officer", "jiwon-officer-demo");
        mvc.perform(get("/api/v1/calls/" + call.id())).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.phase").value("OPEN"));
        mvc.perform(post("/api/v1/calls/" + call.id() + "/close").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calls/" + call.id())).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.phase").value("CLOSED"));
        mvc.perform(submit(draft, null).with(as(late))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("call"));
        assertThat(statusOf(late, draft)).isEqualTo("DRAFT");
        mvc.perform(post("/api/v1/applications/" + submitted + "/withdraw").with(as(early))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"늦은 철회\"}"))
                .andExpect(status().isBadRequest());
        assertThat(statusOf(early, submitted)).isEqualTo("SUBMITTED");
        mvc.perform(post("/api/v1/calls/" + call.id() + "/close").with(officer)) // closed once
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    @Test
    void everyViewAndChangeIsInTheAuditLog() throws Exception {
        CompanyUser c = fixtures.company();
        long id = completeDraft(c, fixtures.openCall());
        mvc.perform(get("/api/v1/applications/" + id).with(as(c)).with(r -> {
            r.setRemoteAddr("203.0.113.7");
            return r;
        }));
        var officer = httpBasic("officer", "jiwon-officer-demo");
        mvc.perform(get("/api/v1/audit").param("targetId", String.valueOf(id)).with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.hasItems("APPLICATION_START",
                        "APPLICATION_WRITE", "DOCUMENT_ATTACH", "APPLICATION_VIEW")))
                .andExpect(jsonPath("$[?(@.action == 'APPLICATION_VIEW')].ip", hasItem("203.0.113.7")));
        byte[] csv = mvc.perform(get("/api/v1/audit.csv").param("targetId", String.valueOf(id)).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF일시,사용자");
        mvc.perform(get("/api/v1/audit").with(as(c))).andExpect(status().isForbidden());
    }
}
