package kr.jiwon.stats;

/**
 * Requests passed to one research institute: offered in all, accepted, declined, expired or withdrawn, still
 * waiting, and the median hours it took to answer (null if it answered none).
 */
public record InstituteFigures(String institute, int offered, int accepted, int declined, int lapsed, int waiting,
        Double medianResponseHours) {
}
