package kr.jiwon.programs;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A support program (사업) such as 소부장 융합혁신지원단 심화기술지원사업: who funds and runs it, its annual budget,
 * the years it runs and the fields it favours. It has an annual budget, a budget for its whole period, or both. Its
 * short code (e.g. SBJ) prefixes application receipts and never changes.
 * <p>
 * It guards the rules it publishes for its calls ({@link #checkCall}): the sum of a year's call budgets is at most
 * the annual budget, a year has at most {@code roundsPerYear} rounds, a call lies inside the program's years, and a
 * call's tracks follow the program's tracks (cap, duration, institutes) unless the officer gives a reason.
 */
@Table("program")
public class Program {

    @Id
    private Long id;
    @Version
    private Long version;
    private Long planId;
    private final String code;
    private String name;
    private String ministry;
    private String managingAgency;
    private Won annualBudget;
    private Won totalBudget;
    private Integer startYear;
    private Integer endYear;
    private Integer targetCompanies;
    private String description;
    private TextList priorityFields;
    private Integer roundsPerYear;
    @MappedCollection(idColumn = "program_id", keyColumn = "position")
    private List<ProgramTrack> tracks;
    private final Instant createdAt;

    @PersistenceCreator
    Program(Long id, Long version, Long planId, String code, String name, String ministry, String managingAgency,
            Won annualBudget, Won totalBudget, Integer startYear, Integer endYear, Integer targetCompanies,
            String description, TextList priorityFields, Integer roundsPerYear, List<ProgramTrack> tracks,
            Instant createdAt) {
        this.id = id;
        this.version = version;
        this.planId = planId;
        this.code = code;
        this.name = name;
        this.ministry = ministry;
        this.managingAgency = managingAgency;
        this.annualBudget = annualBudget;
        this.totalBudget = totalBudget;
        this.startYear = startYear;
        this.endYear = endYear;
        this.targetCompanies = targetCompanies;
        this.description = description;
        this.priorityFields = priorityFields == null ? TextList.EMPTY : priorityFields;
        this.roundsPerYear = roundsPerYear;
        this.tracks = tracks == null ? List.of() : List.copyOf(tracks);
        this.createdAt = createdAt;
    }

    static Program create(NewProgram cmd, Instant now) {
        return new Program(null, null, cmd.planId(), cmd.code().strip().toUpperCase(Locale.ROOT),
                cmd.name().strip(), cmd.ministry().strip(), blankToNull(cmd.managingAgency()), cmd.annualBudget(),
                cmd.totalBudget(), cmd.startYear(), cmd.endYear(), cmd.targetCompanies(),
                blankToNull(cmd.description()),
                cmd.priorityFields(), cmd.roundsPerYear(), cmd.programTracks(), now);
    }

    /** Takes the officer's edit; the code stays (receipt numbers carry it), the optimistic version guards the rest. */
    void revise(NewProgram cmd, long expectedVersion) {
        if (version == null || version != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("program " + id + " changed");
        }
        if (!code.equals(cmd.code().strip().toUpperCase(Locale.ROOT))) {
            throw kr.jiwon.shared.InvalidInputException.of("code", "program.codeFixed", code);
        }
        planId = cmd.planId();
        name = cmd.name().strip();
        ministry = cmd.ministry().strip();
        managingAgency = blankToNull(cmd.managingAgency());
        annualBudget = cmd.annualBudget();
        totalBudget = cmd.totalBudget();
        startYear = cmd.startYear();
        endYear = cmd.endYear();
        targetCompanies = cmd.targetCompanies();
        description = blankToNull(cmd.description());
        priorityFields = cmd.priorityFields();
        roundsPerYear = cmd.roundsPerYear();
        tracks = cmd.programTracks();
    }

    /**
     * The program's published rules applied to a call ({@code others}: the program's other calls). Violations of the
     * budget, rounds and period rules are always errors; the track rules may be departed from with a reason.
     */
    void checkCall(Call call, List<Call> others, Violations v) {
        int year = yearOf(call.opensAt());
        List<Call> sameYear = others.stream()
                .filter(c -> c != call && (c.id() == null || !c.id().equals(call.id())))
                .filter(c -> yearOf(c.opensAt()) == year)
                .toList();
        if (annualBudget != null) {
            Won otherBudgets = sameYear.stream().map(Call::budget).reduce(Won.ZERO, Won::plus);
            Won sum = otherBudgets.plus(call.budget());
            v.check(!sum.exceeds(annualBudget), "budget", "programRule.annualBudget", String.valueOf(year), sum,
                    annualBudget,
                    otherBudgets);
        }
        if (roundsPerYear != null) {
            v.check(sameYear.size() + 1 <= roundsPerYear && call.round() <= roundsPerYear, "round",
                    "programRule.rounds", String.valueOf(year), Math.max(sameYear.size() + 1, call.round()),
                    roundsPerYear);
        }
        int closeYear = yearOf(call.closesAt());
        if (startYear != null) {
            v.check(year >= startYear, "opensAt", "programRule.periodStart", String.valueOf(startYear),
                    String.valueOf(year));
        }
        if (endYear != null) {
            v.check(closeYear <= endYear, "closesAt", "programRule.periodEnd", String.valueOf(endYear),
                    String.valueOf(closeYear));
        }
        if (call.ruleOverrideReason() == null) {
            checkTracks(call.tracks(), v);
        }
    }

    /** The call's tracks against the program's track rules (none when the program sets none). */
    private void checkTracks(List<Track> callTracks, Violations v) {
        if (tracks.isEmpty()) {
            return;
        }
        for (int i = 0; i < callTracks.size(); i++) {
            Track t = callTracks.get(i);
            String at = "tracks[" + i + "].";
            Optional<ProgramTrack> rule = track(t.code());
            if (rule.isEmpty()) {
                v.add(at + "code", "programRule.trackUnknown", t.code(),
                        String.join(", ", tracks.stream().map(ProgramTrack::code).toList()));
                continue;
            }
            ProgramTrack r = rule.get();
            v.check(!t.cap().exceeds(r.cap()), at + "cap", "programRule.cap", t.name(), t.cap(), r.cap());
            v.check(t.maxMonths() <= r.maxMonths(), at + "maxMonths", "programRule.months", t.name(), t.maxMonths(),
                    r.maxMonths());
            v.check(t.minInstitutes() >= r.minInstitutes(), at + "minInstitutes", "programRule.institutes",
                    t.name(), t.minInstitutes(), r.minInstitutes());
        }
    }

    /** Whether the call departs from the program's track rules (so that a reason is needed). */
    boolean trackRulesBrokenBy(List<Track> callTracks) {
        Violations v = new Violations();
        checkTracks(callTracks, v);
        return !v.isEmpty();
    }

    private static int yearOf(Instant at) {
        return ZonedDateTime.ofInstant(at, SeoulTime.ZONE).getYear();
    }

    public Optional<ProgramTrack> track(String code) {
        return tracks.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Long planId() {
        return planId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String ministry() {
        return ministry;
    }

    public String managingAgency() {
        return managingAgency;
    }

    public Won annualBudget() {
        return annualBudget;
    }

    /** The budget over the whole period, for multi-year programs (e.g. 1,131억원 for 2025–2030). */
    public Won totalBudget() {
        return totalBudget;
    }

    public Integer startYear() {
        return startYear;
    }

    public Integer endYear() {
        return endYear;
    }

    public Integer targetCompanies() {
        return targetCompanies;
    }

    public String description() {
        return description;
    }

    public TextList priorityFields() {
        return priorityFields;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }

    /** Rounds (calls) a year the program publishes at most, or null when it sets no number. */
    public Integer roundsPerYear() {
        return roundsPerYear;
    }

    /** The program's published tracks, which its calls follow; empty when the program sets none. */
    public List<ProgramTrack> tracks() {
        return java.util.Collections.unmodifiableList(tracks);
    }
}
