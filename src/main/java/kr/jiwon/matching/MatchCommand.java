package kr.jiwon.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.Regions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line of the matcher, a thin entry to the same engine the application uses, without starting the
 * application: {@code match --top 5 --input requests.jsonl} and {@code match-eval --input dev-set.jsonl}.
 * Exit code 0 on success, 2 on bad usage or malformed input (with a message naming the line).
 */
public final class MatchCommand {

    private final JsonMapper json = JsonMapper.builder().build();
    private final PrintStream out;
    private final PrintStream err;

    public MatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("match") || args[0].equals("match-eval"));
    }

    public int run(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return usage("unexpected argument: " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("input")) {
            return usage("--input is required");
        }
        int top;
        try {
            top = Integer.parseInt(options.getOrDefault("top", "5"));
        } catch (NumberFormatException e) {
            return usage("--top must be a number");
        }
        List<JsonNode> lines;
        try {
            lines = read(Path.of(options.get("input")));
        } catch (MalformedInput e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot read " + options.get("input") + ": " + e.getMessage());
            return 2;
        }
        String knowledgeOption = options.getOrDefault("knowledge", "shipped");
        if (!knowledgeOption.equals("shipped") && !knowledgeOption.equals("none")) {
            return usage("--knowledge must be shipped or none");
        }
        MatchingKnowledge knowledge = knowledgeOption.equals("none")
                ? MatchingKnowledge.none()
                : MatchingKnowledge.shipped();
        Recommender recommender = new Recommender(InstituteProfiles.fromSeed(), new Regions(), Decisions.NONE,
                knowledge);
        if (args[0].equals("match")) {
            for (JsonNode line : lines) {
                MatchRequest request = request(line);
                List<Map<String, Object>> ranking = new ArrayList<>();
                for (Recommendation r : recommender.recommend(request, top)) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("institute", r.institute());
                    item.put("score", r.score());
                    item.put("why", r.why());
                    ranking.add(item);
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", request.id());
                result.put("ranking", ranking);
                out.println(json.writeValueAsString(result));
            }
        } else {
            List<MatchEvaluation.Labelled> labelled = new ArrayList<>();
            for (JsonNode line : lines) {
                var expected = new HashSet<String>();
                line.path("expected").forEach(e -> expected.add(e.asString()));
                labelled.add(new MatchEvaluation.Labelled(request(line), expected,
                        line.hasNonNull("kind") ? line.get("kind").asString() : null));
            }
            MatchEvaluation.Metrics m = MatchEvaluation.evaluate(recommender, labelled);
            out.printf("requests: %d%ntop-1 accuracy: %.3f%ntop-3 accuracy: %.3f%nMRR: %.3f%n", m.requests(), m.top1(),
                    m.top3(), m.mrr());
            boolean kindsLabelled = labelled.stream().anyMatch(l -> l.kind() != null);
            out.println(kindsLabelled
                    ? "per kind (as labelled in the set):"
                    : "per kind (as the recommender reads the text; the set labels none):");
            MatchEvaluation.byKind(recommender, labelled)
                    .forEach((kind, k) -> out.printf("  kind %s (%s): requests %d, top-1 %.3f, top-3 %.3f, MRR %.3f%n",
                            kind, kind.equals("general") ? "유형이 드러나지 않음" : MatchingKnowledge.shipped().label(kind),
                            k.requests(),
                            k.top1(), k.top3(), k.mrr()));
            if (options.containsKey("learning")) {
                MatchEvaluation.Metrics l = MatchEvaluation.evaluateLearning(InstituteProfiles.fromSeed(),
                        new Regions(),
                        labelled);
                out.printf("with learning (leave-one-out): top-1 accuracy: %.3f, top-3 accuracy: %.3f, MRR: %.3f%n",
                        l.top1(), l.top3(), l.mrr());
            }
        }
        return 0;
    }

    private MatchRequest request(JsonNode line) {
        return new MatchRequest(line.path("id").asString(), line.path("text").asString(), strings(line.path("fields")),
                strings(line.path("rootTechnologies")),
                line.hasNonNull("region") ? line.get("region").asString() : null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static final class MalformedInput extends Exception {

        MalformedInput(String message) {
            super(message);
        }
    }

    private List<JsonNode> read(Path input) throws IOException, MalformedInput {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (RuntimeException e) {
                    throw new MalformedInput("line " + n + " is not valid JSON");
                }
                if (!node.isObject() || !node.path("id").isString() || !node.path("text").isString()
                        || node.path("text").asString().isBlank()) {
                    throw new MalformedInput("line " + n + " needs a string \"id\" and a non-empty string \"text\"");
                }
                for (String list : new String[]{"fields", "rootTechnologies", "expected"}) {
                    if (node.has(list) && !node.get(list).isArray()) {
                        throw new MalformedInput("line " + n + ": \"" + list + "\" must be an array of strings");
                    }
                }
                out.add(node);
            }
        }
        return out;
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println("usage: java -jar jiwon.jar match [--top 5] --input requests.jsonl");
        err.println("       java -jar jiwon.jar match-eval --input dev-set.jsonl [--learning yes] [--knowledge none]");
        return 2;
    }
}
