package kr.jiwon.stats;

/**
 * Requests passed to one research institute: offered in all, accepted, declined, expired or withdrawn, still
 * waiting, and the median hours it took to answer (null if it answered none); and its load now — the projects it
 * takes part in that are being agreed or carried out — against the capacity it declares (과제 수).
 */
public record InstituteFigures(String institute, int offered, int accepted, int declined, int lapsed, int waiting,
        Double medianResponseHours, int load, int capacity) {

    /** Load as a share of capacity (null when the institute declares no capacity). */
    public Double loadShare() {
        return capacity <= 0 ? null : (double) load / capacity;
    }
}
