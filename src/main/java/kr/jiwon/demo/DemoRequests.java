package kr.jiwon.demo;

import java.util.List;

/**
 * The demo's applications: the twelve of 소부장 1차 (the demo applicant's among them) and the four of 뿌리 자동화 1차.
 * Except (주)한빛다이캐스팅, the companies (with valid 사업자등록번호 check digits) and all texts are made up. A
 * convergent (융합형) request names the two institutes of the consortium divisions its problem spans (전자부품 KETI
 * and 기초소재 KRICT for an OLED encapsulation film; 응용소재 KIMS and 시스템·장비 KIMM for an etching-chamber coating
 * — the divisions' lead institutes, domain notes §1).
 */
final class DemoRequests {

    private DemoRequests() {
    }

    /** One demo application: who, what, how much, and what its institute does with it. */
    record Demo(String brn, String company, String region, boolean root, String track, String title,
            String bottleneck, List<String> fields, List<String> desired, int manwon, Institutes institutes,
            int quality) {
    }

    /** What the institutes do with the request: accept, decline before another accepts, not answer yet, none. */
    enum Institutes {
        ACCEPT, DECLINE_THEN_ACCEPT, PENDING, NONE
    }

    static final List<Demo> SBJ = List.of(
            new Demo("613-81-03457", "(주)한빛다이캐스팅", "48250", true, "GENERAL", "알루미늄 다이캐스팅 기공 불량 저감",
                    "자동차 변속기 하우징용 알루미늄 다이캐스팅에서 기공 불량률이 7%에 이릅니다. 금형 온도와 사출 조건을 분석해 "
                            + "기공 원인을 찾고 공정 조건을 바꾸고 싶습니다.",
                    List.of("기계금속", "자동차"), List.of("KITECH"), 4500, Institutes.ACCEPT, 88),
            new Demo("124-81-55509", "(주)세진정밀도금", "44200", true, "GENERAL", "전기도금 밀착력 불량 원인 분석",
                    "커넥터 부품 니켈 도금층이 열충격 시험에서 박리됩니다. 전처리와 도금 조건에 따른 밀착력 차이를 분석하고 "
                            + "개선 조건을 찾고자 합니다.",
                    List.of("기계금속", "전기전자"), List.of(), 3800, Institutes.ACCEPT, 84),
            new Demo("312-86-04413", "(주)대원열처리", "43760", true, "GENERAL", "침탄 열처리 변형 최소화",
                    "기어 부품을 침탄 열처리한 뒤 변형량이 공차를 넘습니다. 열처리 지그와 냉각 조건을 바꿔 변형을 줄이는 방법을 "
                            + "찾고 있습니다.",
                    List.of("기계금속"), List.of(), 4200, Institutes.DECLINE_THEN_ACCEPT, 81),
            new Demo("506-81-38828", "(주)포항소재테크", "47130", false, "GENERAL", "이차전지 양극재 소성 공정 수율 개선",
                    "양극재 소성 후 입자 응집으로 수율이 떨어집니다. 소성 온도 곡선과 분위기 가스 조건을 최적화하고 싶습니다.",
                    List.of("이차전지", "화학소재"), List.of(), 5000, Institutes.ACCEPT, 90),
            new Demo("609-81-27732", "(주)거제해양기계", "48310", false, "GENERAL", "선박 부품 용접부 피로 균열 해석",
                    "선박용 크레인 부품 용접부에서 피로 균열이 반복됩니다. 용접 조건과 잔류응력을 분석해 수명을 늘리고 싶습니다.",
                    List.of("기계금속"), List.of(), 4800, Institutes.ACCEPT, 76),
            new Demo("301-81-66210", "(주)충북디스플레이소재", "43150", false, "CONVERGENT",
                    "마이크로 OLED용 봉지 박막 투습 성능 개선",
                    "마이크로 OLED 패널의 박막 봉지층 투습도가 목표에 못 미칩니다. 무기·유기 다층 박막의 증착 공정과 소재 조성을 "
                            + "함께 개선해야 해 소재와 공정 두 분야 연구기관의 참여가 필요합니다.",
                    List.of("디스플레이", "화학소재"), List.of("KETI", "KRICT"), 18000, Institutes.ACCEPT, 92),
            new Demo("215-87-01937", "(주)한결반도체장비", "44130", false, "CONVERGENT", "반도체 식각 장비 부품 플라즈마 내식성 향상",
                    "식각 장비 챔버 부품이 플라즈마에 빨리 손상됩니다. 코팅 소재 개발과 장비 내 실증 평가를 함께 해야 합니다.",
                    List.of("반도체", "첨단소재"), List.of("KIMS", "KIMM"), 15000, Institutes.ACCEPT, 71),
            new Demo("402-81-59730", "(주)의령주물", "48720", true, "GENERAL", "주철 주물 수축공 결함 예측",
                    "펌프 케이싱 주철 주물에서 수축공 결함이 납품 검사에 자주 걸립니다. 주조 해석으로 탕구·압탕 설계를 바꾸고 "
                            + "싶습니다.",
                    List.of("기계금속"), List.of("KITECH"), 3000, Institutes.PENDING, 79),
            new Demo("418-81-22747", "(주)보령탄소소재", "44180", false, "GENERAL", "탄소섬유 복합재 성형 기공률 저감",
                    "탄소섬유 복합재 부품 성형 후 기공률이 높아 강도가 떨어집니다. 성형 압력과 경화 사이클을 최적화하고 싶습니다.",
                    List.of("첨단소재", "화학소재"), List.of(), 4000, Institutes.ACCEPT, 66),
            new Demo("137-81-80213", "(주)인천정밀금형", "28245", true, "GENERAL", "사출 금형 냉각 불균일로 인한 휨 개선",
                    "가전 외장 부품 사출품이 냉각 불균일로 휩니다. 금형 냉각 회로 설계와 성형 조건을 개선하고 싶습니다.",
                    List.of("기계금속"), List.of("KITECH"), 2500, Institutes.PENDING, 73),
            new Demo("220-81-70512", "(주)밀양기능성필름", "48270", false, "GENERAL", "기능성 필름 코팅 두께 편차 저감",
                    "광학 필름 코팅 두께 편차가 커서 불량이 납니다. 코팅 공정의 측정과 제어 방법을 찾고 있습니다.",
                    List.of("화학소재", "디스플레이"), List.of(), 3500, Institutes.PENDING, 78),
            new Demo("605-86-11285", "(주)부산수소부품", "26170", false, "GENERAL", "수소 밸브 실링 소재 내구성 평가",
                    "수소 충전소 밸브의 고무 실링이 저온·고압에서 빨리 열화됩니다. 대체 소재의 내구성을 평가하고 싶습니다.",
                    List.of("화학소재", "기계금속"), List.of(), 4600, Institutes.ACCEPT, 83));

    static final List<Demo> RPA = List.of(
            new Demo("613-81-03457", "(주)한빛다이캐스팅", "48250", true, "GENERAL", "다이캐스팅 후가공 자동화 라인",
                    "다이캐스팅 제품의 탕구 절단과 버 제거를 사람이 하고 있습니다. 로봇과 비전으로 후가공을 자동화하려 합니다.",
                    List.of("자동화"), List.of(), 8000, Institutes.NONE, 82),
            new Demo("312-86-04413", "(주)대원열처리", "43760", true, "GENERAL", "열처리로 온도 데이터 수집과 이상 감지",
                    "열처리로 온도를 수기로 기록합니다. 센서로 데이터를 모으고 이상을 바로 알려 주는 시스템을 만들고 싶습니다.",
                    List.of("디지털 전환", "자동화"), List.of(), 6000, Institutes.NONE, 77),
            new Demo("402-81-59730", "(주)의령주물", "48720", true, "GENERAL", "주물 탈사 공정 자동화",
                    "주물 탈사를 수작업으로 해 분진과 사고 위험이 큽니다. 탈사 설비를 자동화하고 싶습니다.",
                    List.of("자동화"), List.of(), 9000, Institutes.NONE, 74),
            new Demo("137-81-80213", "(주)인천정밀금형", "28245", true, "GENERAL", "금형 가공 공정 스케줄링 시스템",
                    "금형 가공 장비 가동률이 낮습니다. 작업 지시와 설비 데이터를 연결해 스케줄링을 자동화하려 합니다.",
                    List.of("디지털 전환"), List.of(), 5000, Institutes.NONE, 69));
}
