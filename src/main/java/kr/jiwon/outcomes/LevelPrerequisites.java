package kr.jiwon.outcomes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.applications.TrackPrerequisite;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.ReferenceCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * A 고도화 track asks for a confirmed smart-factory level ({@code outcomes/track-levels.csv}): the company's latest
 * 수준확인 level recorded on its projects (the level after a finished build counts), or the level its profile gives
 * with the 수준확인서 number (a level confirmed outside the platform), must reach the track's minimum. A level in the
 * profile without its certificate number does not count.
 */
@Component
class LevelPrerequisites implements TrackPrerequisite {

    private final Map<String, Integer> minimum = new HashMap<>();
    private final ProgramManagement programs;
    private final ProjectManagement projects;
    private final FactoryLevels levels;
    private final kr.jiwon.companies.CompanyManagement companies;

    LevelPrerequisites(ProgramManagement programs, ProjectManagement projects, FactoryLevels levels,
            kr.jiwon.companies.CompanyManagement companies) {
        this.companies = companies;
        this.programs = programs;
        this.projects = projects;
        this.levels = levels;
        for (CSVRecord r : ReferenceCsv.read("outcomes/track-levels.csv")) {
            minimum.put(r.get("program") + "/" + r.get("track"), Integer.parseInt(r.get("min_level")));
        }
    }

    @Override
    public List<FieldViolation> check(long companyId, Call call, String trackCode) {
        String program = programs.code(call.programId());
        Integer min = minimum.get(program + "/" + trackCode);
        if (min == null) {
            return List.of();
        }
        Optional<FactoryLevel> latest = latestOf(companyId);
        if (latest.isPresent() && latest.get().level() >= min) {
            return List.of();
        }
        var company = companies.company(companyId);
        Integer declared = company.smartFactoryLevel();
        boolean certified = declared != null && company.smartFactoryCertificate() != null;
        if (certified && declared >= min) {
            return List.of();
        }
        String track = call.track(trackCode).map(t -> t.name()).orElse(trackCode);
        String known = latest.map(l -> "Level " + l.level() + " (" + l.assessedOn() + ")")
                .orElse(certified
                        ? "Level " + declared + " (" + company.smartFactoryCertificate() + ")"
                        : "—");
        return List.of(new FieldViolation("trackCode", "eligibility.levelRequired", new Object[]{track, min, known}));
    }

    /** The company's most recent confirmed level across its projects. */
    Optional<FactoryLevel> latestOf(long companyId) {
        return projects.all().stream().filter(p -> p.companyId() == companyId)
                .flatMap(p -> levels.of(p).stream())
                .max(java.util.Comparator.comparing(FactoryLevel::assessedOn));
    }
}
