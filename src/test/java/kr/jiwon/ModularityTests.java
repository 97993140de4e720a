package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: every module respects its declared dependencies and hides its internals (Spring
 * Modulith's verification of all modules), and the module map in docs/ and the README's module table are what
 * Modulith finds in the code, so neither can drift. When the code changes, the failing test says what to copy;
 * the files it wrote are under target/modulith-docs.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(JiwonPlatform.class);
    static final List<String> EXPECTED = List.of("shared", "korean", "programs", "institutes", "companies", "audit",
            "accounts", "applications", "matching", "notifications", "review", "selection", "notices", "search",
            "projects", "outcomes", "stats", "dossier", "dashboard", "webhooks", "demo");

    @Test
    void everyModuleRespectsItsDeclaredDependenciesAndHidesItsInternals() {
        MODULES.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    /** What each module uses, as the code has it (direct dependencies found by Modulith), sorted. */
    static String uses(ApplicationModule m) {
        TreeSet<String> used = m.getDirectDependencies(MODULES).uniqueModules()
                .map(d -> d.getIdentifier().toString()).filter(d -> !d.equals(m.getIdentifier().toString()))
                .collect(Collectors.toCollection(TreeSet::new));
        return used.isEmpty() ? "—" : used.stream().map(d -> "`" + d + "`").collect(Collectors.joining(", "));
    }

    @Test
    void theReadmesModuleTableListsEveryModuleWithWhatItUses() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String id : EXPECTED) {
            ApplicationModule m = MODULES.getModuleByName(id).orElseThrow();
            expected.add("| `" + id + "` | " + uses(m) + " |");
        }
        Files.createDirectories(Path.of("target/modulith-docs"));
        Files.write(Path.of("target/modulith-docs/readme-table.md"), expected);
        String readme = Files.readString(Path.of("README.md"));
        List<String> actual = readme.lines().filter(l -> l.matches("\\| `[a-z]+` \\|.*")).map(l -> {
            String[] cells = l.split("\\|");
            return "| " + cells[1].strip() + " | " + cells[cells.length - 1].strip() + " |";
        }).toList();
        assertThat(actual).as("README module table (module and 'uses' columns); expected rows are in"
                + " target/modulith-docs/readme-table.md").containsExactlyElementsOf(expected);
    }

    @Test
    void theModuleMapInDocsIsGeneratedFromTheCode() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withoutClean().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml();
        // the diagram's lines (elements and relations) as a set: Documenter does not keep their order stable
        List<String> generated = Files.readAllLines(Path.of("target/modulith-docs/components.puml"));
        assertThat(Files.readAllLines(Path.of("docs/modules/components.puml")))
                .as("docs/modules/components.puml differs from target/modulith-docs/components.puml; copy it")
                .containsExactlyInAnyOrderElementsOf(generated);
    }
}
