package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PASSWORD;
import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.NewCall.NewEligibility;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class ApplicationApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor as(CompanyUser c) {
        return httpBasic(c.user().username(), PASSWORD);
    }

    long start(CompanyUser c, Call call) throws Exception {
        String body = mvc.perform(post("/api/v1/applications").with(as(c)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callId\": " + call.id() + ", \"trackCode\": \"GENERAL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long version(CompanyUser c, long id) throws Exception {
        String body = mvc.perform(get("/api/v1/applications/" + id).with(as(c)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    ResultActions write(CompanyUser c, long id, String json) throws Exception {
        return mvc.perform(put("/api/v1/applications/" + id).with(as(c)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions attach(CompanyUser c, long id, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(as(c)));
    }

    MockHttpServletRequestBuilder submit(long id, String key) {
        MockHttpServletRequestBuilder b = post("/api/v1/applications/" + id + "/submit");
        return key == null ? b : b.header("Idempotency-Key", key);
    }

    /** A draft that passes every rule of an open default call. */
    long completeDraft(CompanyUser c, Call call) throws Exception {
        long id = start(c, call);
        write(c, id, draftJson(version(c, id), "4,800만원", 10)).andExpect(status().isOk());
        attach(c, id, "사업계획서.pdf", PDF).andExpect(status().isCreated());
        return id;
    }

    String statusOf(CompanyUser c, long id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/applications/" + id).with(as(c))).andReturn().getResponse()
                .getContentAsString(), "$.status");
    }

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
                .andExpect(jsonPath("$.receiptNumber").value(org.hamcrest.Matchers.matchesPattern("T\\d+-\\d{4}-9-000001")));
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

    private void rejectedFor(CompanyUser c, Call call, String draft, String field, String messagePart) throws Exception {
        long id = start(c, call);
        write(c, id, draft.replace("\"version\": 0", "\"version\": " + version(c, id))).andExpect(status().isOk());
        attach(c, id, "plan.pdf", PDF).andExpect(status().isCreated());
        mvc.perform(submit(id, "key-" + id).with(as(c)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message", hasItem(containsString(messagePart))));
        assertThat(statusOf(c, id)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from idempotent_submission where idem_key = ?", Integer.class,
                "key-" + id)).isZero();
    }

    private Call callWith(NewEligibility rules, Integer ownPercent) {
        return fixtures.call(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400 * 10), rules, 0, ownPercent);
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
        attach(c, id, "도면.hwp", png).andExpect(status().isCreated()).andExpect(jsonPath("$.mediaType").value("image/png"));
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
    void aDoubleSubmitWithTheSameKeyReturnsTheSameReceipt() throws Exception {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        long id = completeDraft(c, call);
        String first = mvc.perform(submit(id, "double-" + id).with(as(c))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(submit(id, "double-" + id).with(as(c))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String third = mvc.perform(submit(id, null).with(as(c))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String receipt = JsonPath.read(first, "$.receiptNumber");
        assertThat((String) JsonPath.read(second, "$.receiptNumber")).isEqualTo(receipt);
        assertThat((String) JsonPath.read(third, "$.receiptNumber")).isEqualTo(receipt);
        assertThat(jdbc.queryForObject("select last_value from receipt_counter where call_id = ?", Integer.class,
                call.id())).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneSubmissionGiveOneReceipt() throws Exception {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        long id = completeDraft(c, call);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> JsonPath.read(mvc.perform(submit(id, "same-" + id).with(as(c)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.receiptNumber")));
            }
            String first = answers.get(0).get();
            for (Future<String> f : answers) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select last_value from receipt_counter where call_id = ?", Integer.class,
                call.id())).isEqualTo(1);
    }

    @Test
    void receiptNumbersHaveNoGapsUnderConcurrentSubmissions() throws Exception {
        Call call = fixtures.openCall();
        List<CompanyUser> companies = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CompanyUser c = fixtures.company();
            companies.add(c);
            ids.add(completeDraft(c, call));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            CompanyUser c = companies.get(i);
            long id = ids.get(i);
            tasks.add(() -> JsonPath.read(mvc.perform(submit(id, "gap-" + id).with(as(c))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(), "$.receiptNumber"));
        }
        List<Integer> sequence = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(tasks)) {
            String r = f.get();
            sequence.add(Integer.parseInt(r.substring(r.lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        assertThat(sequence).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
    }

    @Test
    void concurrentEditsNeverSilentlyOverwriteEachOther() throws Exception {
        CompanyUser a = fixtures.company();
        Call call = fixtures.openCall();
        long id = start(a, call);
        CompanyUser b = new CompanyUser(a.company(), fixtures.user(a.company(), "b-" + id + "@test.kr"));
        long v = version(a, id);
        write(a, id, draftJson(v, "4천만원", 10).replace("알루미늄 다이캐스팅 기공 불량 개선", "A가 쓴 제목"))
                .andExpect(status().isOk());
        write(b, id, draftJson(v, "3천만원", 10).replace("알루미늄 다이캐스팅 기공 불량 개선", "B가 쓴 제목"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.current.title").value("A가 쓴 제목"))
                .andExpect(jsonPath("$.current.requestedAmount").value(40_000_000))
                .andExpect(jsonPath("$.savedBy").value(a.user().username()));
        mvc.perform(get("/api/v1/applications/" + id).with(as(b)))
                .andExpect(jsonPath("$.title").value("A가 쓴 제목"));
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
