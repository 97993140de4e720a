package kr.jiwon.selection;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code select --input instance.json [--time-limit 60] [--solver mip|cp-sat]}: solves a selection instance (docs/selection.md) and
 * prints {@code {"selected": [...], "objective": …, "bound": …, "optimal": …, "millis": …}}; exit 2 with a message on
 * a malformed instance.
 */
public final class SelectCommand {

    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private final PrintStream out;
    private final PrintStream err;

    public SelectCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("select");
    }

    public int run(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return fail("unexpected argument: " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("input")) {
            return fail("--input is required");
        }
        SelectionInstance instance;
        try {
            instance = json.readValue(Files.readString(Path.of(options.get("input"))), SelectionInstance.class);
        } catch (java.io.IOException e) {
            return fail("cannot read " + options.get("input") + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return fail("malformed instance: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String problem = check(instance);
        if (problem != null) {
            return fail("malformed instance: " + problem);
        }
        double limit;
        try {
            limit = Double.parseDouble(options.getOrDefault("time-limit", "60"));
        } catch (NumberFormatException e) {
            return fail("--time-limit must be a number of seconds");
        }
        SelectionOptimizer.Engine engine;
        try {
            engine = SelectionOptimizer.Engine.valueOf(options.getOrDefault("solver", "mip").toUpperCase()
                    .replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return fail("--solver must be mip or cp-sat");
        }
        SelectionResult r = new SelectionOptimizer(limit).solve(instance, engine);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("selected", r.selected());
        result.put("objective", r.objective());
        result.put("bound", r.bound());
        result.put("optimal", r.optimal());
        result.put("millis", r.millis());
        out.println(json.writeValueAsString(result));
        return 0;
    }

    private static String check(SelectionInstance in) {
        if (in.budget() < 0) {
            return "budget must not be negative";
        }
        Set<String> ids = new HashSet<>();
        Set<String> tracks = new HashSet<>();
        for (var t : in.tracks()) {
            if (t.id() == null || !tracks.add(t.id())) {
                return "every track needs a unique id";
            }
        }
        for (var s : in.minShares()) {
            if (s.tag() == null || s.share() < 0 || s.share() > 1) {
                return "a minShare needs a tag and a share between 0 and 1";
            }
        }
        for (var a : in.applications()) {
            if (a.id() == null || !ids.add(a.id())) {
                return "every application needs a unique id";
            }
            if (a.company() == null || a.track() == null) {
                return "application " + a.id() + " needs a company and a track";
            }
            if (a.amount() < 0) {
                return "application " + a.id() + " has a negative amount";
            }
        }
        return null;
    }

    private int fail(String message) {
        err.println("error: " + message);
        err.println("usage: java -jar jiwon.jar select --input instance.json [--time-limit 60] [--solver mip|cp-sat]");
        return 2;
    }
}
