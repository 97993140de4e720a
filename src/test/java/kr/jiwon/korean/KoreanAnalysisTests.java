package kr.jiwon.korean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanAnalysisTests {

    private final KoreanAnalysis analysis = KoreanAnalysis.get();

    @Test
    void keepsManufacturingTermsWholeAndDropsParticles() {
        assertThat(analysis.terms("다이캐스팅 부품의 기공을")).contains("다이캐스팅", "부품", "기공")
                .doesNotContain("다", "이", "의", "을");
    }

    @Test
    void expandsSynonymsBothWays() {
        assertThat(analysis.terms("2차전지 소재")).contains("이차전지", "배터리");
        assertThat(analysis.terms("배터리 팩")).contains("이차전지");
        // multi-word synonyms arrive as their words
        assertThat(analysis.terms("OLED 패널")).contains("oled", "발광", "다이오드");
        assertThat(analysis.terms("도금 불량")).contains("도금", "표면", "처리", "코팅");
        assertThat(analysis.terms("금속 3D 프린터")).contains("적층", "제조");
    }
}
