package kr.jiwon.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.notices.BoardRow;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.outcomes.KpiStatus;
import kr.jiwon.outcomes.Outcomes;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.Plan;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data (공공데이터): the published calls with the field names of 기업마당's open API, and the awards (signed
 * projects) in the 360Giving shape — identifier, title, currency KRW, amountAwarded, awardDate, the recipient
 * organisation (a corporation's 사업자등록번호 and name; an individual business only as an anonymous individual),
 * the beneficiary location by 시군구 code, the grant programme (the call) — plus our extension (track, institutes,
 * KPI changes); the plans and programs with their budgets; the public board's posts as 공공데이터포털 lists boards
 * (번호, 제목, 분류, 등록일시, 조회수 — no author). As JSON and CSV, and all of it with a README, a data dictionary and the JSON Schemas in one ZIP.
 * No person is named: no contact, no reviewer, no officer.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

    static final String ORG_PREFIX = "KR-BRN-";
    static final String GRANT_PREFIX = "KR-JIWON-";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProgramManagement programs;
    private final CallManagement calls;
    private final ProjectManagement projects;
    private final CompanyManagement companies;
    private final Outcomes outcomes;
    private final Regions regions;
    private final NoticeBoard board;
    private final MessageSource messages;

    OpenData(ProgramManagement programs, CallManagement calls, ProjectManagement projects, CompanyManagement companies,
            Outcomes outcomes, Regions regions, NoticeBoard board, MessageSource messages) {
        this.board = board;
        this.messages = messages;
        this.programs = programs;
        this.calls = calls;
        this.projects = projects;
        this.companies = companies;
        this.outcomes = outcomes;
        this.regions = regions;
    }

    /** The published calls, one map per call, keyed as 기업마당's open API names the fields. */
    public List<Map<String, Object>> calls() {
        Map<Long, Program> byId = new LinkedHashMap<>();
        programs.programs().forEach(p -> byId.put(p.id(), p));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Call c : calls.calls(CallFilter.published())) {
            Program p = byId.get(c.programId());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pblancId", "JIWON-" + c.id());
            m.put("pblancNm", c.title());
            m.put("jrsdInsttNm", p == null ? null : p.ministry());
            m.put("excInsttNm", p == null ? null : p.managingAgency());
            m.put("reqstBeginEndDe", day(c.opensAt()) + " ~ " + day(c.closesAt()));
            m.put("bsnsSumryCn", c.summary());
            m.put("pblancUrl", "/calls/" + c.id());
            m.put("programCode", p == null ? null : p.code());
            m.put("budgetKrw", c.budget().amount());
            m.put("round", c.round());
            out.add(m);
        }
        return out;
    }

    /** Every signed project as a 360Giving grant record, with the Jiwon extension. */
    public List<Map<String, Object>> awards() {
        Map<Long, Call> callById = new LinkedHashMap<>();
        calls.calls(CallFilter.published()).forEach(c -> callById.put(c.id(), c));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Project p : projects.all()) {
            if (!p.status().signed()) {
                continue;
            }
            Company company = companies.company(p.companyId());
            Call call = callById.get(p.callId());
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("identifier", GRANT_PREFIX + p.number());
            g.put("title", p.plan().planTitle());
            g.put("currency", "KRW");
            g.put("amountAwarded", p.grantAmount().amount());
            g.put("awardDate", p.events().stream().filter(e -> e.kind().equals("SIGNED")).reduce((a, b) -> b)
                    .map(e -> LocalDate.ofInstant(e.at(), SeoulTime.ZONE).toString()).orElse(null));
            g.put("plannedDates", List.of(Map.of("startDate", p.startsOn().toString(), "endDate",
                    p.endsOn().toString())));
            if (p.terminated()) { // ended early (협약 해약): 360Giving's actual dates
                g.put("actualDates", List.of(Map.of("startDate", p.startsOn().toString(), "endDate",
                        p.effectiveEnd().toString())));
            }
            if (company.businessRegistrationNumber().isCorporation()) {
                g.put("recipientOrganization", List.of(Map.of("id", ORG_PREFIX
                        + company.businessRegistrationNumber().digits(), "name", company.name())));
            } else {
                g.put("recipientIndividual", Map.of("id", GRANT_PREFIX + p.number() + "-IND", "name", "개인사업자"));
            }
            g.put("beneficiaryLocation", List.of(Map.of("geoCode", company.regionCode(), "geoCodeType", "KR-SGG",
                    "name", regions.nameOf(company.regionCode()))));
            g.put("grantProgramme", List.of(Map.of("code", p.programCode() + "-" + (call == null ? "" : call.round()),
                    "title", call == null ? "" : call.title())));
            g.put("fundingOrganization", List.of(Map.of("id", "KR-JIWON-PROGRAM-" + p.programCode(), "name",
                    programs.programByCode(p.programCode()).map(Program::managingAgency).orElse(p.programCode()))));
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("track", p.trackCode());
            ext.put("institutes", projects.instituteNames(p));
            ext.put("status", p.status().name());
            if (p.terminated()) {
                ext.put("terminatedOn", p.effectiveEnd().toString());
                ext.put("terminationGround", p.termination().kind().name());
            }
            List<Map<String, Object>> kpis = new ArrayList<>();
            for (KpiStatus k : outcomes.of(p)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", k.definition().name());
                m.put("unit", k.definition().unit());
                m.put("baseline", k.kpi().baseline());
                m.put("target", k.kpi().target());
                m.put("latest", k.latest().orElse(null));
                m.put("met", k.met());
                kpis.add(m);
            }
            ext.put("kpis", kpis);
            g.put("jiwon", ext);
            out.add(g);
        }
        return out;
    }

    /** The plans (e.g. 2024 뿌리산업 진흥 실행계획) with their totals and the change on the year before. */
    public List<Map<String, Object>> plans() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plan p : programs.plans()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("planId", "JIWON-PLAN-" + p.id());
            m.put("title", p.title());
            m.put("fiscalYear", p.fiscalYear());
            m.put("ministry", p.ministry());
            m.put("totalBudgetKrw", p.totalBudget() == null ? null : p.totalBudget().amount());
            m.put("previousYearTotalKrw", p.previousYearTotal() == null ? null : p.previousYearTotal().amount());
            m.put("yearOnYearPercent", p.yearOnYearPercent());
            m.put("programCodes", programs.programsOf(p.id()).stream().map(Program::code).toList());
            out.add(m);
        }
        return out;
    }

    /** The programs (사업) with their ministry, agency, budgets, period and target. */
    public List<Map<String, Object>> programs() {
        Map<Long, String> planIds = new LinkedHashMap<>();
        programs.plans().forEach(p -> planIds.put(p.id(), "JIWON-PLAN-" + p.id()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Program p : programs.programs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("programCode", p.code());
            m.put("name", p.name());
            m.put("jrsdInsttNm", p.ministry());
            m.put("excInsttNm", p.managingAgency());
            m.put("planId", p.planId() == null ? null : planIds.get(p.planId()));
            m.put("annualBudgetKrw", p.annualBudget() == null ? null : p.annualBudget().amount());
            m.put("totalBudgetKrw", p.totalBudget() == null ? null : p.totalBudget().amount());
            m.put("startYear", p.startYear());
            m.put("endYear", p.endYear());
            m.put("targetCompanies", p.targetCompanies());
            m.put("description", p.description());
            out.add(m);
        }
        return out;
    }

    /** The public board's posts, newest first: 번호, 제목, 분류, 등록일시 (Asia/Seoul), 조회수 and the post's page. */
    public List<Map<String, Object>> board() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (BoardRow r : board.publicRows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", r.number());
            m.put("title", r.title());
            m.put("category", r.category().name());
            m.put("categoryName", messages.getMessage("noticeCategory." + r.category().name(), null,
                    java.util.Locale.KOREAN));
            m.put("registeredAt", java.time.LocalDateTime.ofInstant(r.publishAt(), SeoulTime.ZONE)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            m.put("views", r.viewCount());
            m.put("url", "/notices/" + r.id());
            out.add(m);
        }
        return out;
    }

    /** A dataset's rows as CSV, its columns those of the JSON (lists joined with "; "). */
    public byte[] csv(List<Map<String, Object>> rows, List<String> columns) {
        Spreadsheet s = Spreadsheet.withHeader(columns);
        for (Map<String, Object> r : rows) {
            s.row(columns.stream().map(c -> r.get(c) instanceof List<?> l
                    ? String.join("; ", l.stream().map(String::valueOf).toList())
                    : r.get(c)).toList());
        }
        return s.csv();
    }

    public static final List<String> PLAN_COLUMNS = List.of("planId", "title", "fiscalYear", "ministry",
            "totalBudgetKrw", "previousYearTotalKrw", "yearOnYearPercent", "programCodes");
    public static final List<String> PROGRAM_COLUMNS = List.of("programCode", "name", "jrsdInsttNm", "excInsttNm",
            "planId", "annualBudgetKrw", "totalBudgetKrw", "startYear", "endYear", "targetCompanies");
    public static final List<String> BOARD_COLUMNS = List.of("number", "title", "category", "categoryName",
            "registeredAt", "views", "url");

    public byte[] json(List<Map<String, Object>> rows) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("data", rows));
    }

    /** The calls as CSV (UTF-8 with BOM for Excel). */
    public byte[] callsCsv() {
        List<Map<String, Object>> rows = calls();
        Spreadsheet s = Spreadsheet.withHeader("pblancId", "pblancNm", "jrsdInsttNm", "excInsttNm", "reqstBeginEndDe",
                "programCode", "budgetKrw", "round");
        rows.forEach(r -> s.row(r.get("pblancId"), r.get("pblancNm"), r.get("jrsdInsttNm"), r.get("excInsttNm"),
                r.get("reqstBeginEndDe"), r.get("programCode"), r.get("budgetKrw"), r.get("round")));
        return s.csv();
    }

    /** The awards as flat CSV (the 360Giving column names). */
    @SuppressWarnings("unchecked")
    public byte[] awardsCsv() {
        Spreadsheet s = Spreadsheet.withHeader("Identifier", "Title", "Currency", "Amount Awarded", "Award Date",
                "Recipient Org:Identifier", "Recipient Org:Name", "Beneficiary Location:Geographic Code",
                "Grant Programme:Title", "Funding Org:Name");
        for (Map<String, Object> g : awards()) {
            List<Map<String, Object>> org = (List<Map<String, Object>>) g.getOrDefault("recipientOrganization",
                    List.of(Map.of("id", "", "name", "")));
            Map<String, Object> loc = ((List<Map<String, Object>>) g.get("beneficiaryLocation")).get(0);
            Map<String, Object> prog = ((List<Map<String, Object>>) g.get("grantProgramme")).get(0);
            Map<String, Object> funder = ((List<Map<String, Object>>) g.get("fundingOrganization")).get(0);
            s.row(g.get("identifier"), g.get("title"), g.get("currency"), g.get("amountAwarded"), g.get("awardDate"),
                    org.get(0).get("id"), org.get(0).get("name"), loc.get("geoCode"), prog.get("title"),
                    funder.get("name"));
        }
        return s.csv();
    }

    /** Everything in one ZIP: the files, the schemas, a README and the data dictionary. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "calls.json", json(calls()));
            put(zip, "calls.csv", callsCsv());
            put(zip, "awards.json", json(awards()));
            put(zip, "awards.csv", awardsCsv());
            put(zip, "plans.json", json(plans()));
            put(zip, "plans.csv", csv(plans(), PLAN_COLUMNS));
            put(zip, "programs.json", json(programs()));
            put(zip, "programs.csv", csv(programs(), PROGRAM_COLUMNS));
            put(zip, "board.json", json(board()));
            put(zip, "board.csv", csv(board(), BOARD_COLUMNS));
            for (String name : List.of("calls.schema.json", "awards.schema.json", "plans.schema.json",
                    "programs.schema.json", "board.schema.json", "README.md")) {
                put(zip, name, resource("open-data/" + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static byte[] resource(String path) {
        try (InputStream in = OpenData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String day(java.time.Instant at) {
        return LocalDate.ofInstant(at, SeoulTime.ZONE).format(DAY);
    }
}
