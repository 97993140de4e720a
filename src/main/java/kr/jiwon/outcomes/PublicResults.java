package kr.jiwon.outcomes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.projects.ProjectStatus;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see of a program's results (as Decidim's accountability shows them): how many projects, the
 * support agreed, how many finished, the KPI roll-up, and each finished project's title, company (legal entities
 * only), institutes and outcome summary. No person, contact, amount per company or spending detail.
 */
@Service
@Transactional(readOnly = true)
public class PublicResults {

    private final ProjectManagement projects;
    private final ProgramManagement programs;
    private final Outcomes outcomes;

    PublicResults(ProjectManagement projects, ProgramManagement programs, Outcomes outcomes) {
        this.projects = projects;
        this.programs = programs;
        this.outcomes = outcomes;
    }

    /** A finished project as published: its KPI lines say where it started, what it reached and the improvement. */
    /** A closed project; {@code terminated} when its agreement was ended early (협약 해약). */
    public record Finished(String number, String title, String company, List<String> institutes,
            List<KpiStatus> kpis, boolean terminated) {
    }

    public record ProgramResults(Program program, int projects, int signed, int finished, Won supportAgreed,
            Rollup rollup, List<Finished> finishedProjects) {
    }

    public List<ProgramResults> all() {
        List<ProgramResults> out = new ArrayList<>();
        List<Project> all = projects.all();
        for (Program program : programs.programs()) {
            List<Project> mine = all.stream().filter(p -> p.programCode().equals(program.code())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<Project> signed = mine.stream().filter(p -> p.status().signed()).toList();
            Map<Long, List<KpiStatus>> kpis = new HashMap<>();
            signed.forEach(p -> kpis.put(p.id(), outcomes.of(p)));
            List<Finished> finished = signed.stream().filter(p -> p.status() == ProjectStatus.CLOSED)
                    .map(p -> new Finished(p.number(), p.plan().planTitle(), projects.publicCompanyName(p)
                            .orElse(null), projects.instituteNames(p), kpis.get(p.id()), p.terminated()))
                    .toList();
            out.add(new ProgramResults(program, mine.size(), signed.size(), finished.size(),
                    signed.stream().map(Project::grantAmount).reduce(Won.ZERO, Won::plus),
                    Rollup.of(kpis.values().stream().flatMap(List::stream).toList()), finished));
        }
        return out;
    }
}
