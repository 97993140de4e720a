package kr.jiwon.programs.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.NewCall;
import kr.jiwon.programs.NewPlan;
import kr.jiwon.programs.NewProgram;
import kr.jiwon.programs.NewTrack;
import kr.jiwon.programs.Plan;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramTrack;
import kr.jiwon.programs.Track;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The officer's forms for plans, programs and calls as they are posted — one value per field, repeated fields for
 * repeatable rows (a track is the n-th value of trackCode, trackName, …; a row left blank is ignored) — read into
 * commands, and commands written back into forms. Amounts are typed as people write them ("5,000만원", "2억").
 */
final class AdminForms {

    /** A cost share's fields: who pays, the percentage, whether it is the company's own part ("true"/"false"). */
    static final List<String> SHARE_FIELDS = List.of("shareFunder", "sharePercent", "shareCompany");

    static final List<String> TRACK_FIELDS = List.of("trackCode", "trackName", "trackCap", "trackMaxMonths",
            "trackBudget", "trackMinInstitutes");

    private final MultiValueMap<String, String> form;
    private final Violations v = new Violations();

    AdminForms(MultiValueMap<String, String> form) {
        this.form = form;
    }

    String text(String key) {
        String s = form.getFirst(key);
        return s == null || s.isBlank() ? null : s.strip();
    }

    boolean flag(String key) {
        return form.containsKey(key) && !"false".equals(form.getFirst(key));
    }

    Integer integer(String key) {
        return number(key, text(key));
    }

    Long version() {
        String s = text("version");
        return s == null || !s.matches("\\d{1,18}") ? null : Long.valueOf(s);
    }

    Won won(String key) {
        return won(key, text(key));
    }

    private Won won(String field, String value) {
        return value == null ? null : v.attempt(field, () -> Won.parse(value));
    }

    LocalDateTime dateTime(String key) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            v.add(key, "field.dateTime");
            return null;
        }
    }

    java.time.LocalDate date(String key) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            v.add(key, "field.date");
            return null;
        }
    }

    /** Non-blank values of a repeated field, in order. */
    List<String> all(String key) {
        List<String> values = form.getOrDefault(key, List.of());
        return values.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /** Region names or codes typed into repeated fields, as codes; an unknown one is an error on the field. */
    TextList regions(String key, Regions regions) {
        List<String> codes = new ArrayList<>();
        for (String name : all(key)) {
            regions.codeOf(name).ifPresentOrElse(codes::add, () -> v.add(key, "region.unknownName", name));
        }
        return TextList.of(codes);
    }

    /** The track rows that are not blank; a blank code becomes T1, T2, … by position. */
    List<NewTrack> tracks() {
        int rows = TRACK_FIELDS.stream().mapToInt(f -> form.getOrDefault(f, List.of()).size()).max().orElse(0);
        List<NewTrack> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String f : TRACK_FIELDS) {
                List<String> values = form.getOrDefault(f, List.of());
                String value = i < values.size() ? values.get(i) : null;
                row.put(f, value == null || value.isBlank() ? null : value.strip());
            }
            if (row.values().stream().allMatch(x -> x == null)) {
                continue;
            }
            String at = "tracks[" + out.size() + "].";
            String code = row.get("trackCode") == null ? "T" + (out.size() + 1) : row.get("trackCode");
            out.add(new NewTrack(code, row.get("trackName"), won(at + "cap", row.get("trackCap")),
                    number(at + "maxMonths", row.get("trackMaxMonths")), won(at + "budget", row.get("trackBudget")),
                    number(at + "minInstitutes", row.get("trackMinInstitutes"))));
        }
        return out;
    }

    /** The cost shares as typed, blank rows left out. */
    List<NewCall.NewCostShare> costShares() {
        List<NewCall.NewCostShare> out = new ArrayList<>();
        for (Map<String, String> row : rowsOf(form, SHARE_FIELDS)) {
            String at = "costShares[" + out.size() + "].";
            out.add(new NewCall.NewCostShare(row.get("shareFunder").isBlank() ? null : row.get("shareFunder").strip(),
                    number(at + "percent", row.get("sharePercent").isBlank() ? null : row.get("sharePercent").strip()),
                    "true".equals(row.get("shareCompany"))));
        }
        return out;
    }

    private Integer number(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            v.add(field, "field.number");
            return null;
        }
    }

    /** The conversion errors, all at once, before the command is validated. */
    void throwIfInvalid() {
        v.throwIfAny();
    }

    NewPlan plan() {
        NewPlan cmd = new NewPlan(integer("fiscalYear"), text("title"), text("ministry"), won("totalBudget"),
                won("previousYearTotal"), text("description"));
        throwIfInvalid();
        return cmd;
    }

    NewProgram program() {
        String plan = text("planId");
        NewProgram cmd = new NewProgram(plan == null || !plan.matches("\\d{1,18}") ? null : Long.valueOf(plan),
                text("code"), text("name"), text("ministry"), text("managingAgency"), won("annualBudget"),
                won("totalBudget"), integer("startYear"), integer("endYear"), integer("targetCompanies"),
                text("description"), TextList.of(all("priorityFields")), integer("roundsPerYear"), tracks());
        throwIfInvalid();
        return cmd;
    }

    NewCall call(long programId, Regions regions) {
        List<String> sizes = all("sizeClasses");
        NewCall cmd = new NewCall(programId, integer("round"), text("title"), text("summary"), won("budget"),
                integer("expectedProjects"), dateTime("opensAt"), dateTime("closesAt"), tracks(),
                new NewCall.NewEligibility(TextList.of(sizes), flag("requiresSobujang"), flag("requiresRootCompany"),
                        regions("allowedRegions", regions), flag("prioritizesDeclineAreas"),
                        regions("priorityRegions", regions), TextList.of(all("priorityFields")),
                        TextList.of(all("declarations")), flag("prioritizesConvergent")),
                integer("graceMinutes"), integer("minOwnContributionPercent"), integer("instituteResponseDays"),
                text("ruleOverrideReason"), new kr.jiwon.programs.CallNotice(TextList.of(all("requiredDocuments")),
                        text("contactName"), text("contactPhone"), date("announceOn"), text("assumptions")),
                costShares());
        throwIfInvalid();
        return cmd;
    }

    // --- writing a stored plan, program or call back into a form

    static MultiValueMap<String, String> of(Plan p) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "version", p.version());
        put(f, "fiscalYear", p.fiscalYear());
        put(f, "title", p.title());
        put(f, "ministry", p.ministry());
        put(f, "totalBudget", p.totalBudget() == null ? null : p.totalBudget().korean());
        put(f, "previousYearTotal", p.previousYearTotal() == null ? null : p.previousYearTotal().korean());
        put(f, "description", p.description());
        return f;
    }

    static MultiValueMap<String, String> of(Program p) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "version", p.version());
        put(f, "planId", p.planId());
        put(f, "code", p.code());
        put(f, "name", p.name());
        put(f, "ministry", p.ministry());
        put(f, "managingAgency", p.managingAgency());
        put(f, "annualBudget", p.annualBudget() == null ? null : p.annualBudget().korean());
        put(f, "totalBudget", p.totalBudget() == null ? null : p.totalBudget().korean());
        put(f, "startYear", p.startYear());
        put(f, "endYear", p.endYear());
        put(f, "targetCompanies", p.targetCompanies());
        put(f, "roundsPerYear", p.roundsPerYear());
        put(f, "description", p.description());
        f.put("priorityFields", new ArrayList<>(p.priorityFields().values()));
        for (ProgramTrack t : p.tracks()) {
            addTrack(f, t.code(), t.name(), t.cap(), t.maxMonths(), null, t.minInstitutes());
        }
        return f;
    }

    /** A new call's form, taking the program's tracks and priority fields as its starting point. */
    static MultiValueMap<String, String> newCall(Program p, int round) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "round", round);
        put(f, "instituteResponseDays", 5);
        put(f, "graceMinutes", 0);
        f.put("sizeClasses", new ArrayList<>(List.of(CompanySize.SME.name())));
        f.put("priorityFields", new ArrayList<>(p.priorityFields().values()));
        for (ProgramTrack t : p.tracks()) {
            addTrack(f, t.code(), t.name(), t.cap(), t.maxMonths(), null, t.minInstitutes());
        }
        return f;
    }

    static MultiValueMap<String, String> of(Call c, Regions regions) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "version", c.version());
        put(f, "round", c.round());
        put(f, "title", c.title());
        put(f, "summary", c.summary());
        put(f, "budget", c.budget().korean());
        put(f, "expectedProjects", c.expectedProjects());
        put(f, "opensAt", SeoulTime.toLocal(c.opensAt()).withSecond(0).withNano(0));
        put(f, "closesAt", SeoulTime.toLocal(c.closesAt()).withSecond(0).withNano(0));
        put(f, "graceMinutes", c.graceMinutes());
        put(f, "minOwnContributionPercent", c.minOwnContributionPercent());
        put(f, "instituteResponseDays", c.instituteResponseDays());
        put(f, "ruleOverrideReason", c.ruleOverrideReason());
        f.put("requiredDocuments", new ArrayList<>(c.notice().requiredDocuments().values()));
        put(f, "contactName", c.notice().contactName());
        put(f, "contactPhone", c.notice().contactPhone());
        put(f, "announceOn", c.notice().announceOn());
        put(f, "assumptions", c.notice().assumptions());
        for (kr.jiwon.programs.CostShare x : c.costShares()) {
            f.add("shareFunder", x.funder());
            f.add("sharePercent", String.valueOf(x.percent()));
            f.add("shareCompany", String.valueOf(x.company()));
        }
        for (Track t : c.tracks()) {
            addTrack(f, t.code(), t.name(), t.cap(), t.maxMonths(), t.budget(), t.minInstitutes());
        }
        f.put("sizeClasses", new ArrayList<>(c.eligibility().sizeClasses().values()));
        if (c.eligibility().requiresSobujang()) {
            f.add("requiresSobujang", "true");
        }
        if (c.eligibility().requiresRootCompany()) {
            f.add("requiresRootCompany", "true");
        }
        if (c.eligibility().prioritizesDeclineAreas()) {
            f.add("prioritizesDeclineAreas", "true");
        }
        if (c.eligibility().prioritizesConvergent()) {
            f.add("prioritizesConvergent", "true");
        }
        f.put("allowedRegions", new ArrayList<>(c.eligibility().allowedRegions().values().stream()
                .map(regions::nameOf).toList()));
        f.put("priorityRegions", new ArrayList<>(c.eligibility().priorityRegions().values().stream()
                .map(regions::nameOf).toList()));
        f.put("priorityFields", new ArrayList<>(c.eligibility().priorityFields().values()));
        f.put("declarations", new ArrayList<>(c.eligibility().declarations().values()));
        return f;
    }

    /** One track row: the n-th value of each track field. */
    private static void addTrack(MultiValueMap<String, String> f, String code, String name, Won cap, int maxMonths,
            Won budget, int minInstitutes) {
        f.add("trackCode", code);
        f.add("trackName", name);
        f.add("trackCap", cap.korean());
        f.add("trackMaxMonths", String.valueOf(maxMonths));
        f.add("trackBudget", budget == null ? "" : budget.korean());
        f.add("trackMinInstitutes", String.valueOf(minInstitutes));
    }

    private static void put(MultiValueMap<String, String> f, String key, Object value) {
        if (value != null) {
            f.add(key, value.toString());
        }
    }

    /** The track rows of a form for the page: what was posted, with one blank row to add another. */
    static List<Map<String, String>> trackRows(MultiValueMap<String, String> f) {
        return rowsOf(f, TRACK_FIELDS);
    }

    /** The cost-share rows of a form for the page. */
    static List<Map<String, String>> shareRows(MultiValueMap<String, String> f) {
        return rowsOf(f, SHARE_FIELDS);
    }

    private static List<Map<String, String>> rowsOf(MultiValueMap<String, String> f, List<String> fields) {
        int rows = fields.stream().mapToInt(x -> f.getOrDefault(x, List.of()).size()).max().orElse(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String x : fields) {
                List<String> values = f.getOrDefault(x, List.of());
                row.put(x, i < values.size() && values.get(i) != null ? values.get(i) : "");
            }
            if (row.entrySet().stream().anyMatch(e -> !e.getValue().isBlank() && !e.getKey().equals("shareCompany"))) {
                out.add(row);
            }
        }
        return out;
    }

    /** The values of a repeated field for the page, without blanks. */
    static List<String> rows(MultiValueMap<String, String> f, String key) {
        return f.getOrDefault(key, List.of()).stream().filter(s -> s != null && !s.isBlank()).toList();
    }
}
