package kr.jiwon.stats;

/** Applications handed in and selected from the companies of one 시도. */
public record RegionFigures(String sidoCode, String sido, int handedIn, int selected) {

    public double selectionRate() {
        return handedIn == 0 ? 0 : (double) selected / handedIn;
    }
}
