package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.jiwon.bench.DeadlineRush;
import kr.jiwon.testing.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator relies on (issue 16, Done-when 4), on a real PostgreSQL with the platform as a separate process:
 * <ol>
 * <li><b>kill -9 under submission load</b>: companies submit at once through the web form; the server process is
 * killed with SIGKILL in the middle of the rush; a new process starts on the same database; every company whose
 * submission was not answered sends it again (same session, same form token), as a person pressing 제출 again does.
 * Every receipt acknowledged before the crash is stored with its application, no application is submitted twice,
 * the receipt numbers run from 1 without a gap, and the audit chain verifies.</li>
 * <li><b>backup and restore</b>: the database is backed up with {@code pg_dump -Fc} as the README describes,
 * restored with {@code pg_restore} into an empty database, and every table of the restored copy holds exactly the same
 * rows; the platform's {@code audit verify} passes on the copy (which also starts the platform on it, Flyway
 * validating the restored schema history).</li>
 * </ol>
 */
class CrashAndBackupPostgresIntegrationTests {

    private static final int COMPANIES = 80;
    private static final int IN_FLIGHT = 12;
    private static final int KILL_AFTER = 30;
    private static final Pattern READY = Pattern.compile("BENCH-READY callId=(\\d+)");

    @Test
    void noAcknowledgedReceiptIsLostByKillNineAndABackupRestoresEveryRow(@TempDir Path dir) throws Exception {
        String url = EmbeddedPostgres.newDatabase();
        int port = freePort();
        String base = "http://localhost:" + port;

        Process first = platform(url, port, true, dir, "first.log");
        long callId = Long.parseLong(awaitReady(first, dir.resolve("first.log")).group(1));
        DeadlineRush client = new DeadlineRush(base);
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        List<DeadlineRush.User> users = new ArrayList<>();
        try {
            List<Future<DeadlineRush.User>> logins = new ArrayList<>();
            for (int k = 0; k < COMPANIES; k++) {
                int kk = k;
                logins.add(pool.submit(() -> client.login(kk)));
            }
            for (Future<DeadlineRush.User> f : logins) {
                users.add(f.get());
            }

            // the rush, and SIGKILL once KILL_AFTER receipts have been answered
            Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
            List<Future<?>> jobs = new ArrayList<>();
            for (DeadlineRush.User u : users) {
                jobs.add(pool.submit(() -> {
                    if (first.isAlive() && receipt(client, u)) {
                        acknowledged.put(u.k(), u.applicationId());
                        if (acknowledged.size() >= KILL_AFTER && first.isAlive()) {
                            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful stop
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            first.waitFor();
            Map<Integer, Long> beforeCrash = Map.copyOf(acknowledged);
            assertThat(beforeCrash.size()).as("killed in the middle of the rush").isBetween(KILL_AFTER, COMPANIES - 1);
            Map<Long, String> atCrash = receipts(url, callId);
            assertThat(atCrash.keySet()).as("acknowledged before the crash, stored").containsAll(beforeCrash.values());
            System.out.printf("kill -9 after %d receipts answered; %d submissions stored (%d without a number yet); "
                    + "%d companies send again%n", beforeCrash.size(), atCrash.size(),
                    atCrash.values().stream().filter(java.util.Objects::isNull).count(),
                    COMPANIES - beforeCrash.size());

            // a new process on the same database; the companies not answered press 제출 again
            Process second = platform(url, port, false, dir, "second.log");
            try {
                awaitReady(second, dir.resolve("second.log"));
                List<Future<?>> retries = new ArrayList<>();
                for (DeadlineRush.User u : users) {
                    if (!beforeCrash.containsKey(u.k())) {
                        retries.add(pool.submit(() -> {
                            assertThat(receipt(client, u)).as("company %d answered after the restart", u.k()).isTrue();
                            acknowledged.put(u.k(), u.applicationId());
                            return null;
                        }));
                    }
                }
                for (Future<?> f : retries) {
                    f.get();
                }
            } finally {
                second.destroy(); // a graceful stop before the backup, so that nothing changes while it is compared
                second.waitFor();
            }

            Map<Long, String> receipts = receipts(url, callId);
            assertThat(receipts.keySet()).as("every acknowledged receipt is stored").containsAll(beforeCrash.values())
                    .containsAll(acknowledged.values()).hasSize(COMPANIES);
            assertThat(receipts.values()).as("each application submitted once, each receipt once")
                    .doesNotContainNull().doesNotHaveDuplicates();
            assertThat(receipts.values().stream().map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1)))
                    .sorted().toList()).as("receipt numbers without a gap")
                    .isEqualTo(Stream.iterate(1, i -> i + 1).limit(COMPANIES).toList());
            assertThat(audit(url)).as("audit chain after the crash").contains("이상 없음");
        } finally {
            pool.shutdownNow();
            first.destroyForcibly();
        }

        // backup and restore
        Path dump = dir.resolve("jiwon.dump");
        run(dir, "backup.log", pgTool("pg_dump", url), "-Fc", "-f", dump.toString(), "-h", host(url), "-p",
                port(url), "-U", "postgres", database(url));
        String restored = EmbeddedPostgres.newDatabase();
        run(dir, "restore.log", pgTool("pg_restore", url), "--no-owner", "--exit-on-error", "-h", host(restored),
                "-p", port(restored), "-U", "postgres", "-d", database(restored), dump.toString());
        Map<String, String> original = fingerprints(url);
        assertThat(original).as("tables compared").containsKeys("application", "audit_event", "audit_seal",
                "document_blob", "account", "flyway_schema_history");
        assertThat(fingerprints(restored)).isEqualTo(original);
        assertThat(audit(restored)).as("audit chain of the restored copy").contains("이상 없음");
    }

    private static boolean receipt(DeadlineRush client, DeadlineRush.User u) {
        try {
            HttpResponse<String> r = client.submit(u);
            return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("")
                    .endsWith("/applications/" + u.applicationId() + "/receipt");
        } catch (Exception e) {
            return false; // the connection died with the server: not acknowledged
        }
    }

    /** The platform as its own process (the bench server's start, on this test's database), output to a file. */
    private static Process platform(String url, int port, boolean seed, Path dir, String log) throws Exception {
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx640m",
                "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-Dcompanies=" + COMPANIES, "-DcloseInMinutes=30",
                "-Dseed=" + seed, "-Djdbc.url=" + url, "-cp", classpath, "kr.jiwon.bench.BenchServer",
                "--server.port=" + port, "--management.server.port=0", "--jiwon.data-dir=" + dir.resolve("data"),
                "--logging.level.root=WARN"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile())
                .start();
    }

    private static Matcher awaitReady(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = READY.matcher(out);
            if (m.find()) {
                return m;
            }
            if (!p.isAlive()) {
                throw new AssertionError("the platform did not start:\n" + out);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the platform did not start in 3 minutes:\n" + Files.readString(log));
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static Map<Long, String> receipts(String url, long callId) throws Exception {
        Map<Long, String> receipts = new HashMap<>();
        try (Connection c = connect(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, receipt_number from application where call_id = " + callId
                        + " and status = 'SUBMITTED'")) {
            while (rs.next()) {
                receipts.put(rs.getLong(1), rs.getString(2));
            }
        }
        return receipts;
    }

    /** Every table of the schema: its row count and an MD5 over all its rows in a fixed order. */
    private static Map<String, String> fingerprints(String url) throws Exception {
        Map<String, String> prints = new TreeMap<>();
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*), md5(coalesce(string_agg(x::text, '|' order by "
                        + "x::text), '')) from \"" + t + "\" x")) {
                    rs.next();
                    prints.put(t, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        }
        return prints;
    }

    /** {@code audit verify} on the given database, as an operator runs it; its output. */
    private static String audit(String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = JiwonPlatform.audit(new String[]{"audit", "verify", "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--jiwon.data-dir=" + System.getProperty("java.io.tmpdir"),
                "--management.server.port=0", "--logging.level.root=WARN"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isZero();
        return text;
    }

    /**
     * The PostgreSQL client tool of a major version at least the server's (pg_dump refuses newer servers): on the
     * PATH or under /usr/lib/postgresql/N/bin (Debian's postgresql-client, which .ci/run installs).
     */
    private static String pgTool(String name, String url) throws Exception {
        int server;
        try (Connection c = connect(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version_num")) {
            rs.next();
            server = Integer.parseInt(rs.getString(1)) / 10000;
        }
        List<Path> candidates = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            candidates.add(Path.of(d, name));
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions != null) {
            for (File v : versions) {
                candidates.add(v.toPath().resolve("bin").resolve(name));
            }
        }
        Set<Path> seen = new HashSet<>();
        return candidates.stream().filter(Files::isExecutable).filter(p -> seen.add(p.toAbsolutePath()))
                .filter(p -> major(p) >= server)
                .max(Comparator.comparingInt(CrashAndBackupPostgresIntegrationTests::major))
                .map(Path::toString).orElseThrow(() -> new AssertionError(name + " of PostgreSQL " + server
                        + " or newer is needed (Debian: apt-get install postgresql-client)"));
    }

    private static int major(Path tool) {
        try {
            Process p = new ProcessBuilder(tool.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("\\) (\\d+)").matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static void run(Path dir, String log, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        pb.environment().put("PGPASSWORD", "postgres");
        int code = pb.start().waitFor();
        assertThat(code).as(String.join(" ", command) + "\n" + Files.readString(dir.resolve(log))).isZero();
    }

    private static Matcher url(String url) {
        Matcher m = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m;
    }

    private static String host(String url) {
        return url(url).group(1);
    }

    private static String port(String url) {
        return url(url).group(2);
    }

    private static String database(String url) {
        return url(url).group(3);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
