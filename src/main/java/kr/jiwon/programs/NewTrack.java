package kr.jiwon.programs;

import kr.jiwon.shared.Won;

/**
 * A track as given when a call is created; {@code minInstitutes} (research institutes that must take part; 0 for
 * programs without them) defaults to 1, {@code budget} is optional.
 */
public record NewTrack(String code, String name, Won cap, Integer maxMonths, Won budget, Integer minInstitutes) {

    Track toTrack() {
        return new Track(code.strip().toUpperCase(java.util.Locale.ROOT), name.strip(), cap, maxMonths, budget,
                minInstitutes == null ? 1 : minInstitutes);
    }
}
