package kr.jiwon.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, and only that module's SQL names it; another module asks the owner's façade.
 * The test reads the SQL in every module's string literals (from, join, into, update, delete from) and every table
 * the Flyway migrations create, so a new table must be given an owner here.
 */
class SqlOwnershipTests {

    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("plan", "programs"), Map.entry("program", "programs"), Map.entry("funding_call", "programs"),
            Map.entry("track", "programs"), Map.entry("program_track", "programs"),
            Map.entry("call_cost_share", "programs"),
            Map.entry("call_amendment", "programs"),
            Map.entry("research_institute", "institutes"),
            Map.entry("company", "companies"),
            Map.entry("account", "accounts"), Map.entry("login_failure", "accounts"),
            Map.entry("document_blob", "applications"), Map.entry("second_factor", "accounts"),
            Map.entry("second_factor_recovery", "accounts"),
            Map.entry("password_reset", "accounts"),
            Map.entry("participation_restriction", "companies"),
            Map.entry("spring_session", "accounts"), Map.entry("spring_session_attributes", "accounts"),
            Map.entry("audit_event", "audit"), Map.entry("audit_seal", "audit"), Map.entry("audit_purge", "audit"),
            Map.entry("application", "applications"), Map.entry("application_transition", "applications"),
            Map.entry("application_document", "applications"),
            Map.entry("supplement_request", "applications"), Map.entry("idempotent_submission", "applications"),
            Map.entry("receipt_counter", "applications"),
            Map.entry("match_offer", "matching"),
            Map.entry("match_plan", "matching"),
            Map.entry("api_token", "accounts"),
            Map.entry("webhook_subscription", "webhooks"), Map.entry("webhook_delivery", "webhooks"),
            Map.entry("reviewer", "review"), Map.entry("reviewer_declared_conflict", "review"),
            Map.entry("reviewer_joint_project", "review"), Map.entry("review_panel", "review"),
            Map.entry("review_plan", "review"), Map.entry("review_assignment", "review"),
            Map.entry("score_sheet", "review"), Map.entry("conflict_dismissal", "review"),
            Map.entry("selection_result", "selection"), Map.entry("selection_decision", "selection"),
            Map.entry("selection_budget_change", "selection"), Map.entry("objection", "selection"),
            Map.entry("notification", "notifications"), Map.entry("notification_preference", "notifications"),
            Map.entry("notice", "notices"), Map.entry("notice_attachment", "notices"),
            Map.entry("saved_search", "search"),
            Map.entry("project", "projects"), Map.entry("project_budget_line", "projects"),
            Map.entry("project_payment", "projects"), Map.entry("project_repayment", "projects"),
            Map.entry("project_event", "projects"),
            Map.entry("project_file", "projects"), Map.entry("agreement_document", "projects"),
            Map.entry("agreement_signature", "projects"), Map.entry("spending", "projects"),
            Map.entry("agreement_change", "projects"),
            Map.entry("project_kpi", "outcomes"), Map.entry("kpi_measurement", "outcomes"),
            Map.entry("project_report", "outcomes"), Map.entry("report_version", "outcomes"),
            Map.entry("project_survey", "outcomes"), Map.entry("factory_level", "outcomes"),
            Map.entry("final_review", "review"), Map.entry("final_review_panel", "review"),
            Map.entry("event_publication", "shared"));

    private static final Path MAIN = Path.of("src/main/java/kr/jiwon");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

    @Test
    void noModulesSqlNamesAnotherModulesTable() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(f).getName(0).toString();
                String source = Files.readString(f);
                Matcher lit = LITERAL.matcher(source);
                while (lit.find()) {
                    Matcher t = TABLE.matcher(lit.group(1));
                    while (t.find()) {
                        String owner = OWNER.get(t.group(1).toLowerCase());
                        if (owner != null && !owner.equals(module)) {
                            found.add(MAIN.relativize(f) + " names " + t.group(1) + " (owned by " + owner + ")");
                        }
                    }
                }
            }
        }
        assertThat(found).as("SQL reaching into another module's tables").isEmpty();
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
        TreeSet<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = create.matcher(Files.readString(f));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(OWNER.keySet()).containsAll(tables);
    }
}
