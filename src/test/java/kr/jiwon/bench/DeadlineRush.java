package kr.jiwon.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline-rush load driver (bench/deadline-rush). Set-up (not measured): every company user logs in through
 * the login form and opens its draft, as people do before the deadline. Measured: all users submit their
 * application through the web form at once, with {@code concurrency} requests in flight and 5% of the submissions
 * sent twice at the same moment (a double click or a retry with the same form token). Then it counts what the
 * server acknowledged against what it stored.
 */
public final class DeadlineRush {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern EDIT = Pattern.compile("/applications/(\\d+)/edit");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** A client of the platform at {@code base} (also used by the crash-recovery test). */
    public DeadlineRush(String base) {
        this.base = base;
    }

    public record User(int k, String email, String session, String csrf, long applicationId, long version) {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("url", "http://localhost:18081");
        int companies = Integer.parseInt(System.getProperty("companies", "5000"));
        int concurrency = Integer.parseInt(System.getProperty("concurrency", "64"));
        long callId = Long.parseLong(System.getProperty("callId", "1"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "0"));
        new DeadlineRush(base).run(companies, warmup, concurrency, callId);
    }

    /**
     * {@code warmup} companies (seeded beyond {@code companies}) submit first, unmeasured, as on a deadline day the
     * server has taken submissions for hours before the last minutes: its JIT has compiled the submit path.
     */
    private void run(int companies, int warmup, int concurrency, long callId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long setupStart = System.nanoTime();
        List<Future<User>> logins = new ArrayList<>();
        for (int k = 0; k < companies + warmup; k++) {
            int kk = k;
            logins.add(pool.submit(() -> login(kk)));
        }
        List<User> users = new ArrayList<>();
        for (Future<User> f : logins) {
            users.add(f.get());
        }
        Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
        if (warmup > 0) {
            List<User> early = users.subList(companies, companies + warmup);
            List<Future<?>> warming = new ArrayList<>();
            for (User u : early) {
                warming.add(pool.submit(() -> {
                    if (receiptShown(u, submit(u))) {
                        acknowledged.put(u.k(), u.applicationId());
                    }
                    return null;
                }));
            }
            for (Future<?> f : warming) {
                f.get();
            }
            System.out.printf("warm-up: %d companies submitted before the rush (not measured)%n", warmup);
            Thread.sleep(5000); // the warm-up's hand-offs and receipts settle
            users = users.subList(0, companies);
        }
        System.out.printf("set-up: %d users logged in with drafts open in %.1f s%n", users.size(),
                (System.nanoTime() - setupStart) / 1e9);

        Cpu cpuBefore = Cpu.now();
        int warmedUp = acknowledged.size();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        List<Future<?>> jobs = new ArrayList<>();
        long start = System.nanoTime();
        for (User u : users) {
            int copies = u.k() % 20 == 0 ? 2 : 1; // 5% sent twice at once
            if (copies == 2) {
                retries.incrementAndGet();
            }
            for (int c = 0; c < copies; c++) {
                jobs.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = submit(u);
                    latencies.add(System.nanoTime() - t0);
                    if (receiptShown(u, r)) {
                        acknowledged.put(u.k(), u.applicationId());
                    } else {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Cpu cpu = Cpu.now().minus(cpuBefore);
        pool.shutdown();

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Stored stored = stored(callId);
        Set<Long> ackIds = new HashSet<>(acknowledged.values());
        long lost = ackIds.stream().filter(id -> !stored.ids().contains(id)).count();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("companies", companies);
        report.put("requests", sorted.length);
        report.put("retriesInjected", retries.get());
        report.put("seconds", Math.round(seconds * 100) / 100.0);
        report.put("warmup", warmup);
        report.put("submissionsPerSecond", Math.round((acknowledged.size() - warmedUp) / seconds));
        report.put("requestsPerSecond", Math.round(sorted.length / seconds));
        report.put("p50ms", ms(sorted, 0.50));
        report.put("p95ms", ms(sorted, 0.95));
        report.put("p99ms", ms(sorted, 0.99));
        report.put("maxMs", ms(sorted, 1.0));
        report.put("receiptsReturned", acknowledged.size());
        report.put("applicationsStored", stored.ids().size());
        report.put("lost", lost);
        report.put("duplicates", stored.receipts().size() - new HashSet<>(stored.receipts()).size()
                + (stored.maxSequence() - stored.receipts().size()));
        report.put("failedRequests", failures.get());
        report.put("maxReceiptSequence", stored.maxSequence());
        if (cpu.known()) {
            // CPU time spent during the rush, per acknowledged submission (the machine's cores are shared by all three)
            double n = Math.max(1, acknowledged.size() - warmedUp);
            report.put("cpuMsPerSubmission", Map.of("server", Math.round(cpu.serverMs() / n * 10) / 10.0,
                    "postgres", Math.round(cpu.postgresMs() / n * 10) / 10.0, "driver",
                    Math.round(cpu.driverMs() / n * 10) / 10.0));
        }
        // the institute hand-offs wait while submissions are under way: how long after the rush they were all done
        report.put("handOffsDoneSecondsAfterRush", handOffsDone(callId, stored.ids().size(), start, seconds));
        System.out.println("RESULT " + report);
    }

    /** Seconds from the rush's end until every stored application has its first institute offer (−1: not in 5 min). */
    private double handOffsDone(long callId, int applications, long rushStart, double rushSeconds) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("bench-officer:deadline-rush-phrase-7".getBytes());
        long until = System.nanoTime() + 300_000_000_000L;
        Pattern id = Pattern.compile("\"applicationId\":(\\d+)");
        while (System.nanoTime() < until) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/calls/" + callId + "/matching"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
            Set<String> offered = new HashSet<>();
            Matcher m = id.matcher(body);
            while (m.find()) {
                offered.add(m.group(1));
            }
            if (offered.size() >= applications) {
                return Math.round(((System.nanoTime() - rushStart) / 1e9 - rushSeconds) * 10) / 10.0;
            }
            Thread.sleep(500);
        }
        return -1;
    }

    /** Whether the server answered u's submission with its receipt page (anything else is reported). */
    private static boolean receiptShown(User u, HttpResponse<String> r) {
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() == 302 && location.endsWith("/applications/" + u.applicationId() + "/receipt")) {
            return true;
        }
        System.err.println("submission of user " + u.k() + " answered " + r.statusCode() + " " + location);
        return false;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return Math.round(sorted[Math.max(0, i)] / 1e5) / 10.0;
    }

    /** Signs company user k in through the login form and opens its draft. */
    public User login(int k) throws Exception {
        String email = "bench-" + k + "@bench.kr";
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(page, null);
        String csrf = find(CSRF, page.body());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", email, "password", "deadline-rush-phrase-7", "_csrf", csrf))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + email);
        }
        session = cookie(login, session);
        HttpResponse<String> mine = get("/my/applications", session);
        long id = Long.parseLong(find(EDIT, mine.body()));
        HttpResponse<String> edit = get("/applications/" + id + "/edit", session);
        return new User(k, email, session, find(CSRF, edit.body()), id, Long.parseLong(find(VERSION, edit.body())));
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Submits u's draft through the web form, with the user's form token (sent again, it is the same submission). */
    public HttpResponse<String> submit(User u) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("_csrf", u.csrf());
        f.put("version", String.valueOf(u.version()));
        f.put("submitToken", "rush-" + u.k());
        f.put("trackCode", "GENERAL");
        f.put("title", "공정 불량 개선 " + u.k());
        f.put("bottleneck", "다이캐스팅 부품의 기공 불량률이 높아 원인 분석과 공정 개선이 필요합니다. 사례 " + u.k());
        f.put("technologyFields", "기계금속");
        f.put("requestedAmount", String.valueOf((4000L + u.k() % 900) * 10_000));
        f.put("durationMonths", "10");
        f.put("contactName", "담당자 " + u.k());
        f.put("contactPhone", "055-123-4567");
        f.put("contactEmail", u.email());
        return http.send(HttpRequest.newBuilder(URI.create(base + "/applications/" + u.applicationId() + "/submit"))
                .header("Cookie", "SESSION=" + u.session())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(f)).build(), HttpResponse.BodyHandlers.ofString());
    }

    record Stored(Set<Long> ids, List<String> receipts, int maxSequence) {
    }

    /**
     * CPU time used so far by the server (the process {@code -DserverPid}), by every PostgreSQL process on the
     * machine and by this driver, read from /proc (Linux; ticks of {@code -Dclk}, the kernel's CLK_TCK).
     */
    record Cpu(boolean known, double serverMs, double postgresMs, double driverMs) {

        static Cpu now() {
            double driver = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
            String pid = System.getProperty("serverPid");
            java.nio.file.Path proc = java.nio.file.Path.of("/proc");
            if (pid == null || !java.nio.file.Files.isDirectory(proc)) {
                return new Cpu(false, 0, 0, driver);
            }
            double tick = 1000.0 / Integer.parseInt(System.getProperty("clk", "100"));
            double postgres = 0;
            try (var dirs = java.nio.file.Files.list(proc)) {
                for (java.nio.file.Path d : dirs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
                    String[] f = stat(d);
                    if (f != null && f[0].equals("postgres")) {
                        postgres += (Long.parseLong(f[12]) + Long.parseLong(f[13])) * tick;
                    }
                }
            } catch (java.io.IOException e) {
                return new Cpu(false, 0, 0, driver);
            }
            String[] server = stat(proc.resolve(pid));
            return server == null
                    ? new Cpu(false, 0, 0, driver)
                    : new Cpu(true, (Long.parseLong(server[12]) + Long.parseLong(server[13])) * tick, postgres,
                            driver);
        }

        /** The command name and the fields after it of /proc/pid/stat (utime is [12], stime [13]). */
        private static String[] stat(java.nio.file.Path dir) {
            try {
                String s = java.nio.file.Files.readString(dir.resolve("stat"));
                String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
                String[] rest = s.substring(s.lastIndexOf(')') + 2).split(" ");
                String[] out = new String[rest.length + 1];
                out[0] = name;
                System.arraycopy(rest, 0, out, 1, rest.length);
                return out;
            } catch (java.io.IOException | RuntimeException e) {
                return null; // the process ended meanwhile
            }
        }

        Cpu minus(Cpu before) {
            return new Cpu(known && before.known, serverMs - before.serverMs,
                    Math.max(0, postgresMs - before.postgresMs), driverMs - before.driverMs);
        }
    }

    private Stored stored(long callId) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("bench-officer:deadline-rush-phrase-7".getBytes());
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/calls/" + callId
                + "/applications?status=SUBMITTED")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Set<Long> ids = new HashSet<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"receiptNumber\":\"([^\"]+)\"").matcher(body);
        List<String> receipts = new ArrayList<>();
        int max = 0;
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
            receipts.add(m.group(2));
            max = Math.max(max, Integer.parseInt(m.group(2).substring(m.group(2).lastIndexOf('-') + 1)));
        }
        return new Stored(ids, receipts, max);
    }

    private static String cookie(HttpResponse<?> r, String previous) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith("SESSION=")) {
                return c.substring("SESSION=".length(), c.indexOf(';'));
            }
        }
        return previous;
    }

    private static String find(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("pattern " + p + " not found in page");
        }
        return m.group(1);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.BodyPublishers.ofString(sb.toString());
    }

}
