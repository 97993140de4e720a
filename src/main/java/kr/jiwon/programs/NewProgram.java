package kr.jiwon.programs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;

/**
 * What an officer gives to register or edit a program; {@code roundsPerYear} and {@code tracks} (the published
 * track rules its calls follow; each track's {@code budget} is ignored here) are optional.
 */
public record NewProgram(Long planId, String code, String name, String ministry, String managingAgency,
        Won annualBudget, Won totalBudget, Integer startYear, Integer endYear, Integer targetCompanies,
        String description, TextList priorityFields, Integer roundsPerYear, List<NewTrack> tracks) {

    public NewProgram {
        priorityFields = priorityFields == null ? TextList.EMPTY : priorityFields;
        tracks = tracks == null ? List.of() : tracks;
    }

    /** A program without published rounds or tracks. */
    public NewProgram(Long planId, String code, String name, String ministry, String managingAgency,
            Won annualBudget, Won totalBudget, Integer startYear, Integer endYear, Integer targetCompanies,
            String description, TextList priorityFields) {
        this(planId, code, name, ministry, managingAgency, annualBudget, totalBudget, startYear, endYear,
                targetCompanies, description, priorityFields, null, null);
    }

    void validate() {
        Violations v = new Violations()
                .check(code != null && code.strip().matches("[A-Za-z][A-Za-z0-9]{1,9}"), "code", "program.code")
                .check(name != null && !name.isBlank(), "name", "field.required")
                .check(name == null || name.length() <= 200, "name", "field.tooLong", 200)
                .check(ministry != null && !ministry.isBlank(), "ministry", "field.required")
                .check(ministry == null || ministry.length() <= 200, "ministry", "field.tooLong", 200)
                .check(managingAgency == null || managingAgency.length() <= 200, "managingAgency", "field.tooLong",
                        200)
                .check(description == null || description.length() <= 4000, "description", "field.tooLong", 4000)
                .check(annualBudget != null || totalBudget != null, "annualBudget", "program.budgetRequired")
                .check(annualBudget == null || annualBudget.amount() > 0, "annualBudget", "won.positive")
                .check(totalBudget == null || totalBudget.amount() > 0, "totalBudget", "won.positive")
                .check(startYear == null || startYear >= 2000 && startYear <= 2100, "startYear", "program.year")
                .check(endYear == null || endYear >= 2000 && endYear <= 2100, "endYear", "program.year")
                .check(startYear == null || endYear == null || endYear >= startYear, "endYear",
                        "program.endBeforeStart")
                .check(targetCompanies == null || targetCompanies > 0, "targetCompanies", "field.positive")
                .check(roundsPerYear == null || roundsPerYear >= 1 && roundsPerYear <= 12, "roundsPerYear",
                        "program.roundsPerYear");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            NewTrack t = tracks.get(i);
            String at = "tracks[" + i + "].";
            if (t == null) {
                v.add("tracks[" + i + "]", "field.required");
                continue;
            }
            t.validate(v, at, codes);
            v.check(annualBudget == null || t.cap() == null || !t.cap().exceeds(annualBudget), at + "cap",
                    "track.capAboveAnnual", t.cap(), annualBudget);
        }
        v.throwIfAny();
    }

    List<ProgramTrack> programTracks() {
        return tracks.stream().map(t -> new ProgramTrack(t.code().strip().toUpperCase(Locale.ROOT), t.name().strip(),
                t.cap(), t.maxMonths(), t.minInstitutes() == null ? 0 : t.minInstitutes())).toList();
    }
}
