package kr.jiwon.shared;

/**
 * A 시군구 (or 세종) by its five-digit administrative code, with whether it is a 인구감소지역 or 인구감소관심지역.
 */
public record Region(String code, String sidoCode, String sido, String sigungu, boolean declineArea,
        boolean declineInterestArea) {

    public String name() {
        return sido.equals(sigungu) ? sido : sido + " " + sigungu;
    }
}
