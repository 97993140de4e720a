package kr.jiwon.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.jiwon.shared.ReferenceCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * What the matcher knows beyond the words of the profiles, kept as data with a source on every line under
 * {@code matching/knowledge/}: what each institute is (mission, roles, accredited test and calibration scopes,
 * equipment), a gazetteer of standards and certificates (which test domain, which institutes test to them), a
 * taxonomy of parts (부품 → 산업 → institutes) and of root processes (공정 → 불량 → institutes), the kinds of request
 * (testing, measurement, reliability, process, material, design, equipment, bio) with the institute roles each kind
 * goes to, and the words that name the kind of help rather than the domain. Written from what the institutes and
 * standards bodies publish, never from a set of requests. Immutable; {@link #shipped()} is read once.
 */
public final class MatchingKnowledge {

    private static final String DIR = "matching/knowledge/";
    private static volatile MatchingKnowledge shipped;

    /** What one institute is, as the knowledge files say. */
    public record Institute(String shortName, List<String> missions, Set<String> roles, List<String> scopes,
            List<String> equipment, Set<String> sources) {
    }

    /** A standard or certificate as it is written in requests, and the institutes that test to it. */
    public record Standard(Pattern pattern, String name, String domain, Set<String> institutes, String source) {
    }

    /** A part family word and the institutes whose centres handle it. */
    public record Part(String term, String industry, Set<String> institutes, String source) {
    }

    /** A root process (its words and its typical defects) and the institutes that work on it. */
    public record Process(String name, List<String> cues, List<String> defects, Set<String> institutes,
            String source) {
    }

    /** A kind of request, the words that show it and the institute roles it goes to. */
    public record Kind(String kind, String label, List<String> cues, Set<String> roles, String source) {
    }

    private final Map<String, Institute> institutes;
    private final List<Standard> standards;
    private final List<Part> parts;
    private final List<Process> processes;
    private final List<Kind> kinds;
    private final List<String> genericWords;
    private final Map<String, String> roleLabels;
    private final String[] partKeys;

    private MatchingKnowledge(Map<String, Institute> institutes, List<Standard> standards, List<Part> parts,
            List<Process> processes, List<Kind> kinds, List<String> genericWords, Map<String, String> roleLabels) {
        this.roleLabels = Map.copyOf(roleLabels);
        this.institutes = Map.copyOf(institutes);
        this.standards = List.copyOf(standards);
        this.parts = List.copyOf(parts);
        this.processes = List.copyOf(processes);
        this.kinds = List.copyOf(kinds);
        this.genericWords = List.copyOf(genericWords);
        this.partKeys = this.parts.stream().map(p -> p.term().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    /** The knowledge shipped with Jiwon. */
    public static MatchingKnowledge shipped() {
        MatchingKnowledge k = shipped;
        if (k == null) {
            synchronized (MatchingKnowledge.class) {
                k = shipped;
                if (k == null) {
                    k = load();
                    shipped = k;
                }
            }
        }
        return k;
    }

    /** Knowing nothing: the recommender ranks by the profiles' words, fields and region alone. */
    public static MatchingKnowledge none() {
        return new MatchingKnowledge(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    private static MatchingKnowledge load() {
        Map<String, List<CSVRecord>> byInstitute = new LinkedHashMap<>();
        for (CSVRecord r : ReferenceCsv.read(DIR + "institutes.csv")) {
            byInstitute.computeIfAbsent(r.get("short_name").strip(), x -> new ArrayList<>()).add(r);
        }
        Map<String, Institute> institutes = new LinkedHashMap<>();
        byInstitute.forEach((name, rows) -> {
            List<String> missions = new ArrayList<>();
            Set<String> roles = new LinkedHashSet<>();
            List<String> scopes = new ArrayList<>();
            List<String> equipment = new ArrayList<>();
            Set<String> sources = new LinkedHashSet<>();
            for (CSVRecord r : rows) {
                String text = r.get("text").strip();
                switch (r.get("aspect").strip()) {
                    case "mission" -> missions.add(text);
                    case "role" -> roles.add(text);
                    case "scope" -> scopes.add(text);
                    case "equipment" -> equipment.add(text);
                    default -> throw new IllegalStateException(
                            "institutes.csv line " + r.getRecordNumber() + ": unknown aspect " + r.get("aspect"));
                }
                sources.add(r.get("source").strip());
            }
            institutes.put(name, new Institute(name, List.copyOf(missions), Set.copyOf(roles), List.copyOf(scopes),
                    List.copyOf(equipment), Set.copyOf(sources)));
        });
        List<Standard> standards = ReferenceCsv.read(DIR + "standards.csv").stream()
                .map(r -> new Standard(
                        Pattern.compile(r.get("pattern"), Pattern.CASE_INSENSITIVE),
                        r.get("name"), r.get("domain"), set(r.get("institutes")), r.get("source")))
                .toList();
        List<Part> parts = ReferenceCsv.read(DIR + "parts.csv").stream()
                .map(r -> new Part(r.get("part").strip(), r.get("industry"), set(r.get("institutes")), r.get("source")))
                .toList();
        List<Process> processes = ReferenceCsv.read(DIR + "processes.csv").stream()
                .map(r -> new Process(r.get("process"), lower(list(r.get("cues"))), lower(list(r.get("defects"))),
                        set(r.get("institutes")), r.get("source")))
                .toList();
        List<Kind> kinds = ReferenceCsv.read(DIR + "request-kinds.csv").stream()
                .map(r -> new Kind(r.get("kind"), r.get("label"), lower(list(r.get("cues"))), set(r.get("roles")),
                        r.get("source")))
                .toList();
        Map<String, String> roleLabels = new LinkedHashMap<>();
        ReferenceCsv.read(DIR + "roles.csv").forEach(r -> roleLabels.put(r.get("role"), r.get("label")));
        return new MatchingKnowledge(institutes, standards, parts, processes, kinds, lines(DIR + "generic-terms.txt"),
                roleLabels);
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static Set<String> set(String cell) {
        return new LinkedHashSet<>(list(cell));
    }

    private static List<String> lines(String resource) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same knowledge with more names for the institutes it knows (alias → known short name), so that a
     * benchmark's generated institutes that stand for real ones are known as those are.
     */
    public MatchingKnowledge withAliases(Map<String, String> aliases) {
        Map<String, Institute> more = new LinkedHashMap<>(institutes);
        aliases.forEach((alias, real) -> {
            Institute i = institutes.get(real);
            if (i != null) {
                more.put(alias, new Institute(alias, i.missions(), i.roles(), i.scopes(), i.equipment(), i.sources()));
            }
        });
        java.util.function.Function<Set<String>, Set<String>> widen = names -> {
            Set<String> out = new LinkedHashSet<>(names);
            aliases.forEach((alias, real) -> {
                if (names.contains(real)) {
                    out.add(alias);
                }
            });
            return out;
        };
        return new MatchingKnowledge(more,
                standards.stream().map(x -> new Standard(x.pattern(), x.name(), x.domain(), widen.apply(x.institutes()),
                        x.source())).toList(),
                parts.stream().map(x -> new Part(x.term(), x.industry(), widen.apply(x.institutes()), x.source()))
                        .toList(),
                processes.stream().map(x -> new Process(x.name(), x.cues(), x.defects(), widen.apply(x.institutes()),
                        x.source())).toList(),
                kinds, genericWords, roleLabels);
    }

    public Map<String, Institute> institutes() {
        return institutes;
    }

    public Institute institute(String shortName) {
        return institutes.get(shortName);
    }

    public List<Standard> standards() {
        return standards;
    }

    public List<Part> parts() {
        return parts;
    }

    public List<Process> processes() {
        return processes;
    }

    public List<Kind> kinds() {
        return kinds;
    }

    public List<String> genericWords() {
        return genericWords;
    }

    /** The standards and certificates a text names. */
    public List<Standard> standardsIn(String text) {
        if (text == null) {
            return List.of();
        }
        return standards.stream().filter(s -> s.pattern().matcher(text).find()).toList();
    }

    /** The part families a text names (a longer part word wins over one it contains). */
    public List<Part> partsIn(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.toLowerCase(Locale.ROOT);
        List<Part> found = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (t.contains(partKeys[i])) {
                found.add(parts.get(i));
            }
        }
        return found.stream().filter(p -> found.stream().noneMatch(
                q -> q != p && q.term().length() > p.term().length() && q.term().contains(p.term()))).toList();
    }

    /** A process the text is about, and whether it also names one of its typical defects. */
    public record ProcessHit(Process process, boolean named, List<String> defects) {
    }

    public List<ProcessHit> processesIn(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.toLowerCase(Locale.ROOT);
        List<ProcessHit> hits = new ArrayList<>();
        for (Process p : processes) {
            boolean named = p.cues().stream().anyMatch(t::contains);
            List<String> defects = p.defects().stream().filter(t::contains).toList();
            if (named || !defects.isEmpty()) {
                hits.add(new ProcessHit(p, named, defects));
            }
        }
        return hits;
    }

    /** The kinds a text shows, the strongest first (by how many of its cue words appear); empty if none. */
    public List<Kind> kindsOf(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.toLowerCase(Locale.ROOT);
        record Count(Kind kind, int n, int order) {
        }
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Kind k = kinds.get(i);
            int n = (int) k.cues().stream().filter(t::contains).count();
            if (n > 0) {
                counts.add(new Count(k, n, i));
            }
        }
        counts.sort((a, b) -> a.n() != b.n() ? Integer.compare(b.n(), a.n()) : Integer.compare(a.order(), b.order()));
        return counts.stream().map(Count::kind).toList();
    }

    /** The role's Korean label ("공인시험기관"), or the code if unknown. */
    public String roleLabel(String role) {
        return roleLabels.getOrDefault(role, role);
    }

    public Set<String> roles() {
        return roleLabels.keySet();
    }

    /** The kind's Korean label ("시험·인증"), or the code if unknown. */
    public String label(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).map(Kind::label).findFirst().orElse(kind);
    }
}
