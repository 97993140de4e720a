package kr.jiwon.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.notices.NoticeForm;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.SeoulTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo board: the ESG 정책뉴스 posts of our seed material with their titles and dates (bodies are short
 * summaries written for the demo and say so; no 담당부서), a 보도자료 on the 2024 뿌리산업 진흥 실행계획 with its
 * source link, a 사업공고 for the 소부장 심화기술지원사업 1차 공고, and two 공지사항 about the platform.
 */
@Component
@Order(40)
class DemoNotices implements ApplicationRunner {

    private final DemoProperties properties;
    private final NoticeBoard board;
    private final Clock clock;

    DemoNotices(DemoProperties properties, NoticeBoard board, Clock clock) {
        this.properties = properties;
        this.board = board;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !board.all().isEmpty()) {
            return;
        }
        esg("8월 부산에서 모이는 40여개국 에너지장관들, 의전차로 수소차 탄다.", "2025-07-23T10:00", """
                8월 부산에서 열리는 국제 에너지장관회의에 참석하는 40여 개국 대표단의 의전 차량으로 **수소전기차**가 쓰인다.

                - 행사 기간 동안 수소차와 이동형 충전소를 함께 운영한다.
                - 우리 수소 모빌리티 기술과 충전 인프라를 각국에 알리는 계기로 삼는다.

                수소 부품을 만드는 중소기업에는 공급망 참여와 해외 진출의 기회가 될 수 있다.""");
        esg("지능형(스마트)안전기술로 중소제조현장의 중대재해를 예방한다", "2025-07-23T11:00", """
                센서, 영상 분석, 인공지능을 활용한 **지능형 안전기술**을 중소 제조현장에 보급해 끼임·추락 같은 중대재해를 줄인다.

                1. 위험 설비에 스마트 안전장치를 설치하도록 지원한다.
                2. 현장 데이터로 사고 징후를 미리 알리는 체계를 만든다.

                스마트공장을 구축하는 기업은 안전 기능을 함께 도입하는 것을 검토할 수 있다.""");
        esg("수력에너지로 생산한 그린수소 본격 공급", "2025-07-23T14:00", """
                수력발전으로 만든 전기로 물을 분해해 얻는 **그린수소**의 공급이 본격화된다.
                생산 과정에서 탄소를 배출하지 않아 산업 현장의 탄소중립 수단으로 주목받는다.""");
        esg("한국 첫 국제탄소감축사업 승인, 캄보디아와 온실가스 감축협력 본격화", "2025-07-23T16:00", """
                파리협정에 따른 **국제감축사업**으로는 처음으로 캄보디아와의 사업이 승인되었다.
                해외에서 줄인 온실가스를 국가 감축 실적으로 인정받는 길이 열려, 관련 기술을 가진 기업의 참여가 기대된다.""");
        esg("폐자원 3개 품목 재활용 쉬워진다… 폐식용유 등 순환자원 지정 품목 확대", "2025-07-21T10:00", """
                폐식용유 등 3개 품목이 **순환자원**으로 새로 지정되어, 폐기물 규제를 덜 받고 재활용할 수 있게 된다.
                재생원료를 쓰는 제조기업의 원료 확보 부담이 줄어들 전망이다.""");
        esg("RE100 산단 조성에 범부처 역량 총결집", "2025-07-21T14:00", """
                재생에너지로 필요한 전력을 모두 충당하는 **RE100 산업단지** 조성을 위해 관계 부처가 힘을 모은다.
                입주 기업은 재생에너지 공급, 전력망, 규제 특례를 한꺼번에 지원받게 된다.""");
        esg("폭염 시 2시간마다 20분 휴식 의무화, 7월 17일 시행", "2025-07-21T16:00", """
                체감온도가 높은 **폭염** 때 실외·고열 작업자에게 2시간마다 20분 이상 휴식을 주는 것이 의무가 된다(7월 17일 시행).
                주조·열처리처럼 고열 공정이 있는 뿌리기업은 작업 일정과 휴게 공간을 미리 점검해야 한다.""");
        // the figures as MOTIE announced them on 2024-04-08 (reported by zdnet, 한국일보, 아주경제 the same day): 6,369억원
        // in all; 자동화·지능화 175억원 alone; the 2025–2030 R&D total apart from the 2024 lines
        board.create(new NoticeForm(null, NoticeCategory.PRESS, "2024 뿌리산업 진흥 실행계획 발표: 총 6,369억원, 전년보다 57% 늘려",
                """
                        정부가 제23차 뿌리산업발전위원회에서 **2024 뿌리산업 진흥 실행계획**을 심의·의결했다. 올해 투입 규모는 모두
                        6,369억원으로 전년보다 57% 많다.

                        | 2024년 사업 | 예산 |
                        |---|---|
                        | 자동화·지능화 지원 | 175억원 |
                        | 디지털 전환 촉진 | 87억원 |
                        | BIZ 플랫폼 | 10억원 |
                        | 그 밖의 사업(인력·자금·안전설비·제도·기반 등, 합계에서 위 세 사업을 뺀 금액) | 6,097억원 |
                        | 합계 | 6,369억원 |

                        이와 별도로, 예비타당성조사를 통과한 **차세대 공통·핵심 뿌리기술개발**(2025~2030년, 여러 해 합계 1,131억원)의
                        상세 추진 전략을 마련한다. 이 금액은 2024년 예산이 아니다.

                        지원 공고는 이 플랫폼의 **사업공고**와 지원사업 목록에서 볼 수 있다.

                        *이 글은 발표 내용을 데모를 위해 요약한 것이며, 원문 보도는 출처 링크에 있다.*""".stripIndent(),
                "산업통상자원부", null, "https://zdnet.co.kr/view/?no=20240408160252", true, at("2024-04-08T10:00")),
                Actor.system());
        board.create(new NoticeForm(null, NoticeCategory.CALL, "소부장 융합혁신지원단 심화기술지원사업 1차 공고",
                """
                        공공연구기관 약 40곳이 기술·연구인력·장비를 빌려주어 **소재·부품·장비(소부장)** 기업의 현장 애로기술을 해결한다.

                        - 1차 예산 17억원, 약 25개 과제
                        - 일반형 과제당 최대 5,000만원, 융합형(2개 이상 연구기관) 최대 2억원, 수행기간 최대 12개월
                        - 공급망 안정·탄소중립·디지털 전환 관련 소부장 범용기술과, 마이크로 OLED 같은 고도 기술에 대응하는 융합형 과제 우선 지원
                        - 바이오·첨단소재·이차전지·의료기기 분야 4개 기관 새로 참여

                        신청은 지원사업 목록의 공고 화면에서 **신청서 작성하기**로 시작한다. 2차 공고는 7월 이후 예정이다.""",
                "한국산업기술진흥원", "KIAT 소부장융합혁신팀", null, true,
                SeoulTime.toInstant(SeoulTime.today(clock).minusDays(10).atTime(9, 0))), Actor.system());
        board.create(new NoticeForm(null, NoticeCategory.NOTICE, "지원 플랫폼 개통 안내",
                """
                        제조 중소기업 기술지원 플랫폼 **지원**을 열었습니다.
                        공고 확인, 신청서 작성(자동 저장), 제출과 접수증, 연구기관 추천과 결과 확인을 한 곳에서 할 수 있습니다.""",
                "총괄관리자", "플랫폼 운영팀", null, true, clock.instant().minusSeconds(86_400)), Actor.system());
        board.create(new NoticeForm(null, NoticeCategory.NOTICE, "마감일 접속 집중 안내",
                """
                        마감일 밤에는 접속이 몰립니다. 신청서는 **작성 중에도 자동 저장**되니 미리 작성해 두고,
                        마감 시각(한국 시간) 전에 제출해 접수번호를 받으세요.""",
                "총괄관리자", "플랫폼 운영팀", null, true, clock.instant().minusSeconds(5 * 86_400)), Actor.system());
    }

    /**
     * An ESG 정책뉴스 post with its title, writer and date as the source board lists them; the body is our own summary,
     * marked so, and no 담당부서 is given because the source names none.
     */
    private void esg(String title, String when, String body) {
        board.create(new NoticeForm(null, NoticeCategory.ESG, title, body.stripIndent() + SUMMARY_NOTE, "총괄관리자",
                null, null, true, at(when)), Actor.system());
    }

    /** Marks a body we wrote ourselves. */
    static final String SUMMARY_NOTE = "\n\n*이 글의 본문은 데모를 위해 제목을 바탕으로 작성한 요약입니다.*";

    private static java.time.Instant at(String seoul) {
        return SeoulTime.toInstant(LocalDateTime.parse(seoul));
    }
}
