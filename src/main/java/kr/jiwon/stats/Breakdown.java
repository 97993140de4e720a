package kr.jiwon.stats;

/** Applications handed in and selected for one value of a breakdown (a company size, a track). */
public record Breakdown(String key, String label, int handedIn, int selected) {

    public double selectionRate() {
        return handedIn == 0 ? 0 : (double) selected / handedIn;
    }
}
