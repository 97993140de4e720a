package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import kr.jiwon.audit.AuditChain;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.testing.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log on PostgreSQL (issue 16, ASVS V7 / PIPA 접속기록): the application's database role can neither change
 * nor delete audit rows (a trigger refuses UPDATE, DELETE and TRUNCATE of anything younger than a year); entries are
 * sealed into a hash chain, and {@code java -jar jiwon.jar audit verify} finds an entry altered or deleted behind the
 * trigger's back (by someone who can switch it off), a deleted seal, and a cut-off end against a head recorded
 * earlier; the retention purge removes only entries older than the retention period and the rest still verifies.
 */
class AuditChainPostgresIntegrationTests {

    private static final Actor OFFICER = new Actor("officer1", "OFFICER", "10.0.0.7");

    @Test
    void theApplicationCannotRewriteTheAuditLogAndTheVerifyCommandFindsWhatWasChangedBehindItsBack(
            @TempDir Path dataDir) {
        String url = EmbeddedPostgres.newDatabase();
        String[] database = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--jiwon.data-dir=" + dataDir.toAbsolutePath(), "--jiwon.audit.seal-delay=PT1H"};
        long altered;
        long deleted;
        long lastId;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JiwonPlatform.class)
                .web(org.springframework.boot.WebApplicationType.NONE).run(database)) {
            AuditLog log = app.getBean(AuditLog.class);
            AuditChain chain = app.getBean(AuditChain.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // two entries from three years ago (written straight to the table, as an old log would hold them)
            jdbc.update("insert into audit_event (at, actor, actor_role, action, target_type, target_id, detail, ip)"
                    + " values (now() - interval '1100 days', 'old', 'OFFICER', 'APPLICATION_VIEW', 'APPLICATION',"
                    + " '1', null, '10.0.0.1'), (now() - interval '1000 days', 'old', 'OFFICER', 'APPLICATION_VIEW',"
                    + " 'APPLICATION', '2', null, '10.0.0.1')");
            for (int i = 0; i < 20; i++) {
                log.recordView(OFFICER, "APPLICATION_VIEW", "APPLICATION", 100 + i, "열람 " + i);
            }
            assertThat(chain.seal(true)).isEqualTo(jdbc.queryForObject("select count(*) from audit_event",
                    Integer.class));
            AuditChain.Report clean = chain.verify();
            assertThat(clean.intact()).isTrue();
            assertThat(clean.unsealed()).isZero();

            // the application's own role: no update, no delete, no truncate of recent rows or of the seals
            long recent = jdbc.queryForObject("select max(id) from audit_event", Long.class);
            assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'x' where id = ?", recent))
                    .rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", recent))
                    .rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("truncate audit_event")).rootCause()
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from audit_seal")).rootCause()
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("update audit_seal set hash = ?", "0".repeat(64)))
                    .rootCause().hasMessageContaining("append-only");

            // retention: the two old entries go (older than two years), the chain still verifies from the purge
            assertThat(chain.purge()).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'old'", Integer.class))
                    .isZero();
            AuditChain.Report afterPurge = chain.verify();
            assertThat(afterPurge.intact()).isTrue();
            assertThat(afterPurge.checked()).isEqualTo(20);
            assertThat(chain.purge()).as("nothing else is old enough").isZero();
            long[] ids = jdbc.queryForList("select id from audit_event order by id", Long.class).stream()
                    .mapToLong(Long::longValue).toArray();
            altered = ids[5];
            deleted = ids[9];
            lastId = ids[ids.length - 1];
        }

        String intact = run(database, "audit", "verify");
        assertThat(intact).contains("봉인 20건 검사", "이상 없음");
        String head = intact.lines().filter(l -> l.startsWith("따로 기록해 둘 머리")).findFirst().orElseThrow()
                .replaceAll(".*: ", "");
        assertThat(head).matches("\\d+:[0-9a-f]{64}");

        // someone able to switch the trigger off (the database owner) changes one entry and deletes another
        JdbcTemplate owner = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(url,
                "postgres", "postgres", true));
        owner.execute("alter table audit_event disable trigger audit_event_append_only");
        owner.update("update audit_event set detail = '열람 없음' where id = ?", altered);
        owner.update("delete from audit_event where id = ?", deleted);
        String tampered = run(database, "audit", "verify");
        assertThat(tampered).contains("이상 2건", "항목 " + altered + "의 내용이 봉인 뒤 바뀌었습니다",
                "봉인된 항목 " + deleted + "이(가) 없습니다");

        // and cuts off the end: the last entry and its seal; the head recorded before finds it
        owner.execute("alter table audit_seal disable trigger audit_seal_append_only");
        owner.update("delete from audit_seal where event_id = ?", lastId);
        owner.update("delete from audit_event where id = ?", lastId);
        String cut = run(database, "audit", "verify", "--expect-head=" + head);
        assertThat(cut).contains("이상 3건", "기록해 둔 봉인 " + head.substring(0, head.indexOf(':')) + "이(가) 없습니다");
    }

    /** Runs the command as {@code java -jar jiwon.jar …} would, and returns what it printed. */
    private static String run(String[] database, String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JiwonPlatform.audit(Stream.concat(Stream.of(command), Stream.of(database)).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed + err.toString(StandardCharsets.UTF_8))
                .isEqualTo(printed.contains("이상 없음") ? 0 : 3);
        return printed;
    }
}
