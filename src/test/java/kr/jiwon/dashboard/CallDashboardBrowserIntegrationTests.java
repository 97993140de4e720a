package kr.jiwon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallPhase;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The officer opens each call's 현황 from 사업 관리 and reads where it stands: every count on the page equals a count
 * over the stored rows, the next step fits the call's stage and its link leads to the page where it is done. Runs on
 * the demo history, which has calls in every stage from open to final.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class CallDashboardBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void everyCallsDashboardCountsWhatIsStored() {
        List<Call> all = calls.calls(new CallFilter(null, false, null, null, true));
        try (Journey j = new Journey("http://localhost:" + port, "call-dashboard")) {
            j.signIn("officer", "jiwon-officer-demo");
            java.util.Set<CallPhase> seen = java.util.EnumSet.noneOf(CallPhase.class);
            java.util.Set<CallPhase> shot = java.util.EnumSet.noneOf(CallPhase.class);
            for (Call call : all) {
                j.clickText("사업 관리");
                j.waitForUrl(".*/office");
                j.driver().findElement(By.cssSelector("a[aria-label='" + call.title() + " 현황']")).click();
                j.waitForText("지금 할 일");
                CallPhase phase = call.phase(calls.now());
                seen.add(phase);
                long id = call.id();
                String where = " from application where call_id = ? and status ";
                assertThat(figure(j, "#handed-in")).as(call.title())
                        .isEqualTo(count("select count(*)" + where + "not in ('DRAFT','WITHDRAWN')", id));
                assertThat(figure(j, "#drafts")).isEqualTo(count("select count(*)" + where + "= 'DRAFT'", id));
                assertThat(figure(j, "#withdrawn")).isEqualTo(count("select count(*)" + where + "= 'WITHDRAWN'", id));
                assertThat(figure(j, "#awaiting")).isEqualTo(count("select count(*)" + where
                        + "in ('SUBMITTED','SCREENING')", id));
                assertThat(figure(j, "#eligible")).isEqualTo(count("select count(*)" + where
                        + "in ('ELIGIBLE','SELECTED','NOT_SELECTED')", id));
                assertThat(figure(j, "#ineligible")).isEqualTo(count("select count(*)" + where + "= 'INELIGIBLE'",
                        id));
                for (var s : Map.of("#accepted", "ACCEPTED", "#declined", "DECLINED", "#waiting", "OFFERED")
                        .entrySet()) {
                    assertThat(figure(j, s.getKey())).as(s.getValue()).isEqualTo(count("select count(*) from"
                            + " match_offer where call_id = ? and status = ?", id, s.getValue()));
                }
                long assigned = count("select count(*) from review_assignment where call_id = ?", id);
                long submitted = count("select count(*) from review_assignment ra join score_sheet s on"
                        + " s.application_id = ra.application_id and s.reviewer_id = ra.reviewer_id and s.round ="
                        + " 'SELECTION' where ra.call_id = ? and s.status = 'SUBMITTED'", id);
                assertThat(j.find("#review label").getText()).isEqualTo("평가표 " + submitted + " / " + assigned
                        + "건 제출");
                assertThat(j.all("#reviewers tbody tr")).hasSize((int) count("select count(distinct reviewer_id)"
                        + " from review_assignment where call_id = ?", id));
                assertThat(figure(j, "#objections-open")).isEqualTo(count("select count(*) from objection o"
                        + " join application a on a.id = o.application_id where a.call_id = ? and o.status = 'OPEN'",
                        id));
                boolean confirmed = count("select count(*) from selection_result where call_id = ?", id) > 0;
                if (confirmed) {
                    long selected = count("select count(*) from application where call_id = ? and status ="
                            + " 'SELECTED'", id);
                    assertThat(j.find("#budget-selected").getText()).startsWith(selected + "건");
                } else {
                    assertThat(j.find("#budget-selected").getText()).isEqualTo("선정 확정 전");
                }
                String next = j.find("#next-step").getText();
                switch (phase) {
                    case OPEN -> assertThat(next).contains("접수 중입니다");
                    case ANNOUNCED -> assertThat(next).containsAnyOf("이의신청", "최종 확정");
                    case FINALIZED -> assertThat(next).contains("협약");
                    case UPCOMING -> assertThat(next).contains("접수 시작 전");
                    default -> assertThat(next).isNotBlank();
                }
                if (shot.add(phase)) {
                    j.check("call-" + id + "-" + phase.name().toLowerCase());
                }
            }
            assertThat(seen).as("the demo has calls in these stages").contains(CallPhase.OPEN, CallPhase.FINALIZED);

            // the next step's link leads to where it is done
            Call open = all.stream().filter(c -> c.phase(calls.now()) == CallPhase.OPEN).findFirst().orElseThrow();
            j.open("/office/calls/" + open.id());
            j.click("#next-link");
            j.waitForUrl(".*/office/calls/" + open.id() + "/applications.*");
        }
    }

    /** The first number in the element's text. */
    private static long figure(Journey j, String css) {
        String text = j.find(css).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(text);
        assertThat(m.find()).as(css + ": " + text).isTrue();
        return Long.parseLong(m.group());
    }
}
