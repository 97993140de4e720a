package kr.jiwon.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The open-data files of the demo (with its finished projects), as a visitor downloads them: each JSON validates
 * against its schema, the ZIP holds every file, the awards are the signed projects, and no personal data appears in
 * any file — no e-mail address, phone number, 주민등록번호-like string, individual business number, nor the name of
 * anyone with an account or named as an application's contact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class OpenDataIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private byte[] get(String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private Map<String, byte[]> zip() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(get("/open-data.zip")))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void eachFileValidatesAgainstItsSchemaAndTheAwardsAreTheSignedProjects() throws Exception {
        Map<String, byte[]> files = zip();
        assertThat(files).containsOnlyKeys("calls.json", "calls.csv", "awards.json", "awards.csv", "plans.json",
                "plans.csv", "programs.json", "programs.csv", "board.json", "board.csv", "calls.schema.json",
                "awards.schema.json", "plans.schema.json", "programs.schema.json", "board.schema.json", "README.md");
        for (String name : List.of("calls", "awards", "plans", "programs", "board")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(files.get(name + ".schema.json"), StandardCharsets.UTF_8));
            String json = new String(files.get(name + ".json"), StandardCharsets.UTF_8);
            assertThat(schema.validate(json, InputFormat.JSON)).as(name).isEmpty();
            assertThat(new String(get("/open-data/" + name + ".json"), StandardCharsets.UTF_8)).isEqualTo(json);
            String broken = json.replaceFirst("\"KRW\"", "\"USD\"").replaceFirst("\"pblancId\" : \"JIWON-",
                    "\"pblancId\" : \"X-");
            if (name.equals("calls") || name.equals("awards")) {
                assertThat(schema.validate(broken, InputFormat.JSON)).as("the schema can fail: " + name)
                        .isNotEmpty();
            }
            String unknownField = json.replaceFirst("\\[ \\{", "[ { \"secret\" : 1,");
            assertThat(unknownField).isNotEqualTo(json);
            assertThat(schema.validate(unknownField, InputFormat.JSON)).as("no field beyond the schema: " + name)
                    .isNotEmpty();
            String csv = new String(files.get(name + ".csv"), StandardCharsets.UTF_8);
            assertThat(csv).as(name + ".csv").startsWith("\uFEFF");
            assertThat(get("/open-data/" + name + ".csv")).isEqualTo(files.get(name + ".csv"));
        }
        // the board: every public post, numbered from the oldest, with its views, and no author
        String board = new String(files.get("board.json"), StandardCharsets.UTF_8);
        long posts = jdbc.queryForObject("select count(*) from notice where visible = true and publish_at <= ?",
                Long.class, java.sql.Timestamp.from(java.time.Instant.now()));
        assertThat(count(board, "\"number\"")).isEqualTo(posts).isPositive();
        assertThat(board).contains("\"number\" : " + posts + ",").doesNotContain("\"author\"");
        long views = jdbc.queryForObject("select sum(view_count) from notice where visible = true and publish_at <= ?",
                Long.class, java.sql.Timestamp.from(java.time.Instant.now()));
        assertThat(Pattern.compile("\"views\" : (\\d+)").matcher(board).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum()).isEqualTo(views);
        // the plans: the 뿌리 plan's change on the year before is computed from its two totals
        String plans = new String(files.get("plans.json"), StandardCharsets.UTF_8);
        assertThat(plans).contains("\"totalBudgetKrw\" : 636900000000").contains("\"yearOnYearPercent\" : 57.0");
        String programs = new String(files.get("programs.json"), StandardCharsets.UTF_8);
        assertThat(count(programs, "\"programCode\"")).isEqualTo(
                jdbc.queryForObject("select count(*) from program", Long.class));
        String awards = new String(files.get("awards.json"), StandardCharsets.UTF_8);
        long signed = jdbc.queryForObject("select count(*) from project where status <> 'AGREEMENT'", Long.class);
        assertThat(count(awards, "\"identifier\"")).isEqualTo(signed).isPositive();
        long total = jdbc.queryForObject("select sum(grant_amount) from project where status <> 'AGREEMENT'",
                Long.class);
        long listed = Pattern.compile("\"amountAwarded\" : (\\d+)").matcher(awards).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
        assertThat(listed).isEqualTo(total);
        assertThat(awards).contains("\"recipientOrganization\"").contains("KR-BRN-3128604413")
                .contains("기어 침탄 열처리 균열 저감").contains("\"geoCodeType\" : \"KR-SGG\"");
        String csv = new String(files.get("awards.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(signed + 1);
        assertThat(csv).startsWith("\uFEFF");
    }

    @Test
    void noPersonalDataAppearsInAnyFile() throws Exception {
        List<String> people = new ArrayList<>(jdbc.queryForList("select display_name from account"
                + " where display_name is not null", String.class));
        people.addAll(jdbc.queryForList("select contact_name from application where contact_name is not null",
                String.class));
        people.addAll(jdbc.queryForList("select name from reviewer", String.class));
        List<String> phones = jdbc.queryForList("select contact_phone from application where contact_phone is not"
                + " null", String.class);
        assertThat(people).as("the demo has people to leak").isNotEmpty();
        for (var file : zip().entrySet()) {
            if (file.getKey().endsWith(".md") || file.getKey().endsWith(".schema.json")) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            String where = file.getKey();
            assertThat(text).as(where + ": e-mail").doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
            assertThat(text).as(where + ": phone").doesNotContainPattern("0\\d{1,2}-\\d{3,4}-\\d{4}");
            assertThat(text).as(where + ": 주민등록번호-like").doesNotContainPattern("\\d{6}-[1-4]\\d{6}");
            assertThat(text).as(where + ": a formatted 사업자등록번호").doesNotContainPattern("\\d{3}-\\d{2}-\\d{5}");
            Matcher brn = Pattern.compile("KR-BRN-(\\d{10})").matcher(text);
            while (brn.find()) {
                int middle = Integer.parseInt(brn.group(1).substring(3, 5));
                assertThat(middle).as(where + ": only a corporation's number").isBetween(81, 87);
            }
            for (String person : people) {
                if (person.strip().length() >= 2) {
                    assertThat(text).as(where + ": a person's name").doesNotContain(person.strip());
                }
            }
            phones.forEach(p -> assertThat(text).as(where).doesNotContain(p));
        }
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
