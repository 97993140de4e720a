package kr.jiwon.matching;

import java.util.List;
import kr.jiwon.institutes.InstituteDirectory;
import kr.jiwon.institutes.NewInstitute;
import kr.jiwon.institutes.ResearchInstitute;

/** Builds matcher profiles from the live directory or, for the command line, from the shipped seed. */
public final class InstituteProfiles {

    private InstituteProfiles() {
    }

    public static List<InstituteProfile> fromSeed() {
        return InstituteDirectory.seed().stream().map(InstituteProfiles::of).toList();
    }

    public static List<InstituteProfile> from(List<ResearchInstitute> institutes) {
        return institutes.stream().map(i -> new InstituteProfile(i.shortName(), i.koreanName(), i.city(),
                i.specialties().values(), i.fields().values(), i.technologies(), i.equipment(), i.expertise()))
                .toList();
    }

    private static InstituteProfile of(NewInstitute i) {
        return new InstituteProfile(i.shortName(), i.koreanName(), i.city(), i.specialties().values(),
                i.fields().values(), i.technologies(), i.equipment(), i.expertise());
    }
}
