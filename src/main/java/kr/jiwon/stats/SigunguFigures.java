package kr.jiwon.stats;

/** Applications handed in and selected from the companies of one 시군구, and whether it is a 인구감소지역. */
public record SigunguFigures(String code, String name, boolean declineArea, int handedIn, int selected) {

    public double selectionRate() {
        return handedIn == 0 ? 0 : (double) selected / handedIn;
    }
}
