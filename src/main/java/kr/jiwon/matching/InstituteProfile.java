package kr.jiwon.matching;

import java.util.List;

/** What the matcher knows of an institute: names, city, specialties, fields, and the profile texts. */
public record InstituteProfile(String shortName, String koreanName, String city, List<String> specialties,
        List<String> fields, String technologies, String equipment, String expertise) {

    public InstituteProfile {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
