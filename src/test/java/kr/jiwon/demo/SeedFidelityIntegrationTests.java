package kr.jiwon.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import kr.jiwon.stats.CallFigures;
import kr.jiwon.stats.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's figures and rules as the public reads them, against their sources (issue 15, seed fidelity; sources in
 * docs/reference-sources.md): 가점 and priority for 인구감소지역 only where the program gives it (삼성 스마트공장 3.0,
 * 한국경제 2023-05-24), and 소부장 심화기술지원's published rules (two calls a year, 일반형 ≤ 5,000만원 and 융합형 ≤
 * 2억원 with two institutes, at most 12 months; zdnet 2025).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class SeedFidelityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Statistics statistics;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The demo's made-up company contacts are named like people, not "담당자", so lists of applications read true. */
    @Test
    void theDemoCompaniesContactsHaveNames() {
        java.util.List<String> names = jdbc.queryForList("select display_name from account where username like"
                + " 'contact%@demo.jiwon.example'", String.class);
        assertThat(names).hasSizeGreaterThan(5).doesNotContain("담당자")
                .allMatch(n -> n.matches("[가-힣]{3}"));
        assertThat(new java.util.HashSet<>(names)).hasSizeGreaterThan(3);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheSmartFactoryProgramFavoursDeclineAreasOnItsCallPagesAndInItsBonusPoints() throws Exception {
        List<Map<String, Object>> calls = JsonPath.read(body("/api/v1/calls"), "$[*]");
        assertThat(calls).extracting(c -> c.get("programCode")).contains("SBJ", "SSF", "RPA");
        for (Map<String, Object> c : calls) {
            boolean smartFactory = "SSF".equals(c.get("programCode"));
            boolean favours = JsonPath.read(c, "$.eligibility.prioritizesDeclineAreas");
            assertThat(favours).as(c.get("title") + ": priority to 인구감소지역 in the API").isEqualTo(smartFactory);
            String page = body("/calls/" + c.get("id"));
            assertThat(page.contains("인구감소지역 소재 기업 우대")).as(c.get("title") + ": on its public page")
                    .isEqualTo(smartFactory);
        }
        List<CallFigures> figures = statistics.calls((String) null);
        assertThat(figures).anyMatch(f -> f.programCode().equals("SSF") && f.declineBonus() > 0);
        assertThat(figures).filteredOn(f -> !f.programCode().equals("SSF"))
                .as("the 가점 for 인구감소지역 the statistics page shows per call").allMatch(f -> f.declineBonus() == 0);
    }

    @Test
    void theSobujangProgramPublishesItsRulesAsTheSourceGivesThem() throws Exception {
        String programs = body("/api/v1/programs");
        assertThat((List<Integer>) JsonPath.read(programs, "$[?(@.code == 'SBJ')].roundsPerYear")).containsExactly(2);
        assertThat((List<Number>) JsonPath.read(programs, "$[?(@.code == 'SBJ')].tracks[*].cap"))
                .extracting(Number::longValue).containsExactly(50_000_000L, 200_000_000L);
        assertThat((List<Integer>) JsonPath.read(programs, "$[?(@.code == 'SBJ')].tracks[*].maxMonths"))
                .containsOnly(12);
        assertThat((List<Integer>) JsonPath.read(programs, "$[?(@.code == 'SBJ')].tracks[*].minInstitutes"))
                .containsExactly(1, 2);
        assertThat((List<Number>) JsonPath.read(programs, "$[?(@.code == 'SBJ')].annualBudget"))
                .extracting(Number::longValue).containsExactly(3_400_000_000L);
    }

    /** The HTML from the element with the id to the first {@code end} after it. */
    private static String element(String html, String id, String end) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("#" + id + " on the page").isNotNegative();
        return html.substring(start, html.indexOf(end, start) + end.length());
    }

    @Test
    void theRootIndustryPlanAddsUpToItsTotalWithTheMultiYearProgramApart() throws Exception {
        // 2024 뿌리산업 진흥 실행계획 (MOTIE, 2024-04-08): 6,369억원; 자동화·지능화 175억원, 디지털 전환 87억원, BIZ 플랫폼
        // 10억원; next-generation R&D 1,131억원 over 2025–2030
        String plans = body("/api/v1/plans");
        Number planId = ((List<Number>) JsonPath.read(plans, "$[?(@.fiscalYear == 2024)].id")).get(0);
        String page = body("/plans/" + planId);
        String lines = element(page, "plan-lines", "</table>");
        assertThat(lines).contains("175억원", "87억원", "10억원").doesNotContain("1,131억원");
        assertThat(element(page, "plan-remainder", "</tr>")).as("6,369 − 175 − 87 − 10").contains("6,097억원");
        assertThat(lines.substring(lines.indexOf("<tfoot"))).contains("6,369억원");
        assertThat(element(page, "plan-multi-year", "</ul>")).contains("1,131억원", "2025", "2030");
    }

    @Test
    void theSobujangProgramCountsProjectsNotCompaniesAndLabelsTheDerivedSecondRound() throws Exception {
        // 34억원 a year, 40여 개 과제 (zdnet 2025); 1차 17억원 about 25 projects; 2차 ≈ 15 is derived, not published
        String programs = body("/api/v1/programs");
        Number sbj = ((List<Number>) JsonPath.read(programs, "$[?(@.code == 'SBJ')].id")).get(0);
        String page = body("/programs/" + sbj).replaceAll("<[^>]+>", " ");
        assertThat(page).contains("40여 개 과제").doesNotContain("40개 기업");
        List<Map<String, Object>> calls = JsonPath.read(body("/api/v1/calls"), "$[?(@.programCode == 'SBJ')]");
        for (Map<String, Object> c : calls) {
            List<String> fields = JsonPath.read(c, "$.eligibility.priorityFields");
            assertThat(fields).as("the four joining institutes' fields widen eligibility; they are not priorities")
                    .doesNotContain("바이오", "첨단소재", "이차전지", "의료기기");
            // 2023-02-20 notice: 소부장 범용기술 for 공급망 안정/탄소중립/디지털 전환, and convergent R&D answering advanced
            // technologies such as micro-OLED — a priority to the convergent track, not a field
            assertThat(fields).containsExactly("공급망 안정", "탄소중립", "디지털 전환");
            assertThat((Boolean) JsonPath.read(c, "$.eligibility.prioritizesConvergent")).isTrue();
            assertThat(element(body("/calls/" + c.get("id")), "convergent-priority", "</li>")).contains("융합형");
            String review = mvc
                    .perform(get("/office/calls/" + c.get("id") + "/review").with(
                            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                    .user("officer")
                                    .roles("OFFICER")))
                    .andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (review.contains("id=\"plan-defaults\"")) {
                // an unplanned call's default plan gives convergent projects their 가점, labelled as a default
                assertThat(review).containsPattern("id=\"convergentBonus\"[^>]*value=\"2");
            }
        }
        assertThat(calls).filteredOn(c -> ((Integer) c.get("round")) == 2 && (Integer) c.get("expectedProjects") == 15)
                .allSatisfy(c -> assertThat((String) c.get("summary")).contains("추정치"));
        assertThat(calls).filteredOn(
                c -> ((Integer) c.get("round")) == 1 && ((Number) c.get("budget")).longValue() == 1_700_000_000L)
                .allSatisfy(c -> assertThat(c.get("expectedProjects")).isEqualTo(25));
    }

    @Test
    void consortiumMembershipIsShownAsTheSourcesGiveItConfirmedOrNot() throws Exception {
        // reference/research-institutes.csv: yunghyeok_member_confirmed is "yes" (with its evidence) or "unknown"
        Map<String, String> source = new java.util.HashMap<>();
        try (var in = getClass().getResourceAsStream("/reference/research-institutes.csv")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .toList();
            List<String> header = List.of(lines.get(0).split(","));
            int name = header.indexOf("short_name");
            int confirmed = header.indexOf("yunghyeok_member_confirmed");
            int note = header.indexOf("note");
            lines.stream().skip(1).map(l -> l.split(",", -1)).forEach(f -> source.put(f[name],
                    "yes".equals(f[confirmed])
                            ? "CONFIRMED"
                            : f.length > note && f[note].contains("regional technopark")
                                    ? "TECHNOPARK"
                                    : "UNCONFIRMED"));
        }
        List<Map<String, Object>> institutes = JsonPath.read(body("/api/v1/institutes"), "$[*]");
        assertThat(institutes).isNotEmpty();
        for (Map<String, Object> i : institutes) {
            String expected = source.getOrDefault((String) i.get("shortName"), "UNCONFIRMED");
            assertThat(i.get("consortiumMembership")).as((String) i.get("shortName")).isEqualTo(expected);
        }
        Map<String, Object> unconfirmed = institutes.stream()
                .filter(i -> "UNCONFIRMED".equals(i.get("consortiumMembership"))).findFirst().orElseThrow();
        assertThat(element(body("/institutes/" + unconfirmed.get("shortName")), "membership", "</div>"))
                .as("not confirmed is not 'not a member'").contains("확인되지 않음");
        assertThat(institutes).filteredOn(i -> "TECHNOPARK".equals(i.get("consortiumMembership"))).isNotEmpty();
        assertThat(element(body("/institutes/GNTP"), "membership", "</div>")).contains("테크노파크", "연구기관이 아님");
    }

    /** The first post of a category on the public board, as its page shows it (tags removed). */
    private String post(String category, String title) throws Exception {
        String list = body("/notices?category=" + category);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"/notices/(\\d+)[^\"]*\"[^>]*>\\s*"
                + java.util.regex.Pattern.quote(title)).matcher(list);
        assertThat(m.find()).as(title + " on the board").isTrue();
        return body("/notices/" + m.group(1));
    }

    @Test
    void theRootIndustryPressReleaseGivesTheFiguresAsAnnouncedWithItsSource() throws Exception {
        // MOTIE 2024-04-08 as reported the same day (zdnet, 한국일보, 아주경제): 6,369억원; 자동화·지능화 지원 175억원
        // alone; 디지털 전환 87억원; BIZ 플랫폼 10억원; 차세대 공통·핵심 뿌리기술개발 2025–2030 총 1,131억원
        String page = post("PRESS", "2024 뿌리산업 진흥 실행계획 발표");
        String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
        assertThat(table.replaceAll("<[^>]+>", " ")).contains("자동화·지능화 지원", "175억원", "87억원", "10억원",
                "6,097억원", "6,369억원").doesNotContain("인력 양성").doesNotContain("1,131억원");
        assertThat(page).contains("여러 해 합계 1,131억원").contains("이 금액은 2024년 예산이 아니다");
        assertThat(page).contains("href=\"https://zdnet.co.kr/view/?no=20240408160252\"");
        assertThat(page).as("no invented 담당부서").doesNotContain(">담당부서</dt>");
    }

    @Test
    void theEsgPolicyNewsBodiesAreMarkedAsOurSummariesAndNameNoDepartment() throws Exception {
        String list = body("/notices?category=ESG");
        list = list.substring(list.indexOf("<tbody"), list.indexOf("</tbody>"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"/notices/(\\d+)").matcher(list);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int posts = 0;
        while (m.find()) {
            if (!seen.add(m.group(1))) {
                continue;
            }
            String page = body("/notices/" + m.group(1));
            posts++;
            assertThat(page).contains("데모를 위해 제목을 바탕으로 작성한 요약입니다").doesNotContain("ESG 정책팀")
                    .doesNotContain(">담당부서</dt>");
        }
        assertThat(posts).isGreaterThanOrEqualTo(7);
    }

    @Test
    void institutesCapacitiesAreMarkedAsAssumptionsUntilTheInstituteSetsThem() throws Exception {
        // no source gives an institute's capacity: the seeded value is our default and says so
        List<Map<String, Object>> institutes = JsonPath.read(body("/api/v1/institutes"), "$[*]");
        Map<String, Object> assumed = institutes.stream().filter(i -> Boolean.TRUE.equals(i.get("capacityAssumed")))
                .findFirst().orElseThrow();
        assertThat(element(body("/institutes/" + assumed.get("shortName")), "capacity", "</div>"))
                .contains("가정값");
    }

    @Test
    void illustrativeValuesNeverAppearAsPublicCallTextButAreShownToOfficers() throws Exception {
        List<Map<String, Object>> calls = JsonPath.read(body("/api/v1/calls"), "$[*]");
        assertThat(calls).isNotEmpty();
        for (Map<String, Object> c : calls) {
            String page = body("/calls/" + c.get("id")).replaceAll("<[^>]+>", " ");
            assertThat(page).as((String) c.get("title")).doesNotContain("예시 값").doesNotContain("(예시)")
                    .doesNotContain("가정이다");
            assertThat(JsonPath.<Map<String, Object>>read(body("/api/v1/calls/" + c.get("id")), "$.notice"))
                    .doesNotContainKey("assumptions");
        }
        Map<String, Object> ssf = calls.stream().filter(c -> "SSF".equals(c.get("programCode"))).findFirst()
                .orElseThrow();
        String office = mvc
                .perform(get("/office/calls/" + ssf.get("id"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("officer").roles("OFFICER")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(element(office, "call-assumptions", "</aside>")).contains("담당자에게만 보임", "경남 2024",
                "삼성 30·도 15·시군 15·기업 40%");
        // the review plans' weights and 가점 come from no call's text: the officer sees them labelled as defaults
        int labelled = 0;
        for (Map<String, Object> c : calls) {
            String review = mvc
                    .perform(get("/office/calls/" + c.get("id") + "/review").with(
                            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                    .user("officer")
                                    .roles("OFFICER")))
                    .andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (review.contains("기술성:40") || review.contains("기술성 40")) {
                assertThat(review).as((String) c.get("title")).containsAnyOf("id=\"plan-defaults\"",
                        "id=\"plan-saved-defaults\"");
                labelled++;
            }
        }
        assertThat(labelled).isPositive();
    }

    @Test
    void theSmartFactoryCallSharesItsCostAmongFundersAndFitsItsPublishedScale() throws Exception {
        // 삼성 스마트공장 3.0: 100억원 a year for about 200 firms (한국경제 2023-05-24); no research institutes take part;
        // the money split as the domain notes give it for 경남 2024: 삼성 30 / 도 15 / 시군 15 / 기업 40 % of the total
        List<Map<String, Object>> calls = JsonPath.read(body("/api/v1/calls"), "$[?(@.programCode == 'SSF')]");
        assertThat(calls).isNotEmpty();
        for (Map<String, Object> c : calls) {
            List<Map<String, Object>> shares = JsonPath.read(c, "$.costShares");
            assertThat(shares).extracting(x -> x.get("percent")).containsExactly(30, 15, 15, 40);
            assertThat(shares).filteredOn(x -> Boolean.TRUE.equals(x.get("company"))).extracting(x -> x.get("percent"))
                    .containsExactly(40);
            assertThat(c.get("ownShareOfTotal")).isEqualTo(true);
            List<Integer> institutes = JsonPath.read(c, "$.tracks[*].minInstitutes");
            assertThat(institutes).as("not delivered through research institutes").containsOnly(0);
            assertThat(c.get("instituteResponseDays")).as("no institute response time").isNull();
            long budget = ((Number) c.get("budget")).longValue();
            int firms = (Integer) c.get("expectedProjects");
            List<Number> caps = JsonPath.read(c, "$.tracks[*].cap");
            long smallest = caps.stream().mapToLong(Number::longValue).min().orElseThrow();
            long largest = caps.stream().mapToLong(Number::longValue).max().orElseThrow();
            assertThat(budget).isEqualTo(10_000_000_000L);
            assertThat(firms).isEqualTo(200);
            assertThat(budget / firms).as("the average per firm lies within the caps").isLessThanOrEqualTo(largest);
            assertThat((long) firms * smallest).as("the caps let the budget reach about 200 firms")
                    .isGreaterThanOrEqualTo(budget);
        }
        String page = body("/calls/" + calls.get(0).get("id"));
        String table = element(page, "cost-shares", "</section>").replaceAll("<[^>]+>", " ");
        assertThat(table).contains("삼성전자", "30%", "광역자치단체(도)", "15%", "참여기업", "40%", "현금·현물");
        assertThat(page.replaceAll("<[^>]+>", " ")).contains("총사업비");
    }
}
