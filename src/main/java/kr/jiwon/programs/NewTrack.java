package kr.jiwon.programs;

import java.util.Locale;
import java.util.Set;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;

/**
 * A track as given when a call is created; {@code minInstitutes} (research institutes that must take part; 0 for
 * programs without them) defaults to 1, {@code budget} is optional.
 */
public record NewTrack(String code, String name, Won cap, Integer maxMonths, Won budget, Integer minInstitutes) {

    Track toTrack() {
        return new Track(code.strip().toUpperCase(Locale.ROOT), name.strip(), cap, maxMonths, budget,
                minInstitutes == null ? 1 : minInstitutes);
    }

    /** The track's own rules; {@code at} prefixes the field names ("tracks[0]."), {@code codes} collects codes. */
    void validate(Violations v, String at, Set<String> codes) {
        v.check(code != null && code.strip().matches("[A-Za-z][A-Za-z0-9_]{1,19}"), at + "code", "track.code")
                .check(code == null || codes.add(code.strip().toUpperCase(Locale.ROOT)), at + "code",
                        "track.duplicateCode", code)
                .check(name != null && !name.isBlank(), at + "name", "field.required")
                .check(name == null || name.length() <= 100, at + "name", "field.tooLong", 100)
                .check(cap != null && cap.amount() > 0, at + "cap", "won.positive")
                .check(maxMonths != null && maxMonths >= 1 && maxMonths <= 60, at + "maxMonths",
                        "track.maxMonths.invalid")
                .check(minInstitutes == null || minInstitutes >= 0 && minInstitutes <= 10, at + "minInstitutes",
                        "track.minInstitutes.invalid");
    }
}
