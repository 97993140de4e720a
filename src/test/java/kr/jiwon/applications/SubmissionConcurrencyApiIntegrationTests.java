package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Submissions that arrive together: a retried or double-clicked submission gets its first receipt, concurrent
 * submissions get gapless receipt numbers, and concurrent edits never silently overwrite each other.
 */
class SubmissionConcurrencyApiIntegrationTests extends ApplicationApiTestSupport {

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
    void aKeyUsedForOneApplicationIsRefusedForAnotherAndThatOneStaysADraft() throws Exception {
        CompanyUser c = fixtures.company();
        long first = completeDraft(c, fixtures.openCall());
        long second = completeDraft(c, fixtures.openCall());
        mvc.perform(submit(first, "reused-" + first).with(as(c))).andExpect(status().isOk());
        mvc.perform(submit(second, "reused-" + first).with(as(c))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].message").value("이 Idempotency-Key는 다른 신청서에 이미 쓰였습니다."));
        assertThat(statusOf(c, second)).isEqualTo("DRAFT");
        assertThat(statusOf(c, first)).isEqualTo("SUBMITTED");
        mvc.perform(submit(second, "fresh-" + second).with(as(c))).andExpect(status().isOk());
        assertThat(statusOf(c, second)).isEqualTo("SUBMITTED");
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
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                        "$.receiptNumber")));
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
        assertThat(sequence)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
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
}
