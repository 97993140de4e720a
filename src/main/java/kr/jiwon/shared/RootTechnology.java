package kr.jiwon.shared;

/** One of the 14 뿌리기술 of 뿌리산업법 (RT01 주조 … RT14 엔지니어링 설계). */
public record RootTechnology(String code, String koreanName, String englishName, String category) {
}
