package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.ApiTokens;
import kr.jiwon.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's authorization matrix, generated from its contract (issue 19, Done-when 2): every operation of the
 * OpenAPI document is called by every role — nobody, APPLICANT, INSTITUTE, REVIEWER, OFFICER, ADMIN, each with a
 * token of its demo account — with guessed ids and an empty body, and the answer is held against
 * {@code src/test/resources/api/authorization.txt}: a role the file lists is let through (anything but 401/403), any
 * other is refused (401 without credentials, 403 with), nobody ever gets a 5xx. An operation the document has and the
 * file does not (a new endpoint nobody thought about) fails the test, as does a handler under {@code /api} that the
 * document does not describe.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class ApiAuthorizationMatrixIntegrationTests {

    /** Who asks: nobody, or one of the roles. */
    enum Who {
        NOBODY, APPLICANT, INSTITUTE, REVIEWER, OFFICER, ADMIN
    }

    static final String GUESSED = "987654321";
    static final Path MATRIX = Path.of("src/test/resources/api/authorization.txt");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountManagement accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The operations of the OpenAPI document, as "METHOD /path". */
    private List<String> documented() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /** The matrix file: "METHOD /path ROLE ROLE …" (PUBLIC: also nobody; SIGNED_IN: every role). */
    static Map<String, Set<Who>> matrix(List<String> lines) {
        Map<String, Set<Who>> m = new LinkedHashMap<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+");
            Set<Who> who = EnumSet.noneOf(Who.class);
            for (int i = 2; i < parts.length; i++) {
                switch (parts[i]) {
                    case "PUBLIC" -> who.addAll(EnumSet.allOf(Who.class));
                    case "SIGNED_IN" -> who.addAll(EnumSet.complementOf(EnumSet.of(Who.NOBODY)));
                    case "NONE" -> {
                    }
                    default -> who.add(Who.valueOf(parts[i]));
                }
            }
            m.put(parts[0] + " " + parts[1], who);
        }
        return m;
    }

    /** What does not match between the document and the file, in words. */
    static List<String> coverage(List<String> documented, Set<String> listed) {
        List<String> problems = new ArrayList<>();
        for (String op : documented) {
            if (!listed.contains(op)) {
                problems.add("not in " + MATRIX + ": " + op);
            }
        }
        for (String op : listed) {
            if (!documented.contains(op)) {
                problems.add("in " + MATRIX + " but not in the OpenAPI document: " + op);
            }
        }
        return problems;
    }

    @Test
    void anOperationMissingFromTheMatrixIsFound() {
        List<String> documented = List.of("GET /api/v1/calls", "DELETE /api/v1/secret-new-endpoint");
        assertThat(coverage(documented, Set.of("GET /api/v1/calls")))
                .containsExactly("not in " + MATRIX + ": DELETE /api/v1/secret-new-endpoint");
    }

    @Test
    void everyApiHandlerIsInTheOpenApiDocument() throws Exception {
        Set<String> documented = new TreeSet<>(documented());
        Set<String> handlers = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/")).forEach(p -> {
                    var methods = info.getMethodsCondition().getMethods();
                    methods.forEach(m -> handlers.add(m.name() + " " + p));
                }));
        assertThat(handlers).as("handlers under /api that the OpenAPI document lacks")
                .allSatisfy(h -> assertThat(documented).contains(h));
    }

    @Test
    void everyOperationOfTheContractLetsInExactlyTheRolesTheMatrixNames() throws Exception {
        List<String> documented = documented();
        Map<String, Set<Who>> matrix = matrix(Files.readAllLines(MATRIX, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>(coverage(documented, matrix.keySet()));
        if (!problems.isEmpty()) {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/api-matrix-missing.txt"), documented.stream()
                    .filter(op -> !matrix.containsKey(op)).toList());
        }
        assertThat(problems).as("the matrix covers the contract").isEmpty();

        Map<Who, String> token = new LinkedHashMap<>();
        Map<Who, String> demo = Map.of(Who.APPLICANT, "applicant", Who.INSTITUTE, "institute", Who.REVIEWER,
                "reviewer", Who.OFFICER, "officer", Who.ADMIN, "admin");
        demo.forEach((who, username) -> token.put(who, tokens.issue(accounts.current(username), "matrix",
                ApiTokens.Scope.WRITE, 1, new Actor(username, who.name(), "127.0.0.1")).secret()));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String op : documented) {
            String method = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 1).replaceAll("\\{[^}]+}", GUESSED);
            for (Who who : Who.values()) {
                var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
                if (!method.equals("GET") && !method.equals("DELETE")) {
                    request.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
                if (who != Who.NOBODY) {
                    request.header("Authorization", "Bearer " + token.get(who));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                calls++;
                boolean allowed = matrix.get(op).contains(who);
                boolean refused = status == 401 || status == 403;
                if (status >= 500) {
                    wrong.add(op + " as " + who + ": " + status);
                } else if (allowed && refused) {
                    wrong.add(op + " as " + who + ": refused (" + status + ") though the matrix lets it in");
                } else if (!allowed && !refused) {
                    wrong.add(op + " as " + who + ": let in (" + status + ") though the matrix does not");
                } else if (!allowed && who == Who.NOBODY && status != 401) {
                    wrong.add(op + " as nobody: " + status + " instead of 401");
                }
            }
        }
        assertThat(calls).isEqualTo(documented.size() * Who.values().length);
        assertThat(wrong).isEmpty();
    }

    static List<String> read(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
}
