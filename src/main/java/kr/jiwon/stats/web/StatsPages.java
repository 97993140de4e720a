package kr.jiwon.stats.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import kr.jiwon.shared.Spreadsheet;
import kr.jiwon.shared.web.Downloads;
import kr.jiwon.stats.Statistics;
import kr.jiwon.stats.StatsFilter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 통계 (public): per program and year, per call and per 시도 — tables, bars drawn on the server as SVG beside them,
 * and the same rows as CSV and XLSX. Only counts and sums: no company or person is named.
 */
@Controller
class StatsPages {

    private final Statistics statistics;
    private final kr.jiwon.programs.ProgramManagement programs;
    private final MessageSource messages;

    StatsPages(Statistics statistics, kr.jiwon.programs.ProgramManagement programs, MessageSource messages) {
        this.statistics = statistics;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/stats")
    String page(@RequestParam(required = false) String program, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        String code = program == null || program.isBlank() ? null : program;
        StatsFilter filter = new StatsFilter(code, date(from), date(to));
        Statistics.Dashboard d = statistics.dashboard(filter);
        model.addAttribute("program", code);
        model.addAttribute("from", filter.from());
        model.addAttribute("to", filter.to());
        model.addAttribute("programs", programs.programs());
        model.addAttribute("byProgram", d.programs());
        model.addAttribute("calls", d.calls());
        model.addAttribute("regions", d.regions());
        model.addAttribute("tiles", SidoTileMap.tiles(d.regions()));
        model.addAttribute("mapWidth", SidoTileMap.width());
        model.addAttribute("mapHeight", SidoTileMap.height());
        model.addAttribute("tileSize", SidoTileMap.SIZE);
        model.addAttribute("plans", d.plans());
        model.addAttribute("sizes", d.sizes());
        model.addAttribute("tracks", d.tracks());
        model.addAttribute("institutes", d.institutes());
        model.addAttribute("fields", d.fields());
        model.addAttribute("roots", d.roots());
        model.addAttribute("sigungu", d.sigungu());
        return "stats/index";
    }

    @GetMapping({"/stats.csv", "/stats.xlsx"})
    ResponseEntity<byte[]> export(@RequestParam(required = false) String program,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            jakarta.servlet.http.HttpServletRequest request) throws IOException {
        String code = program == null || program.isBlank() ? null : program;
        StatsFilter filter = new StatsFilter(code, date(from), date(to));
        List<String> header = List.of("program", "year", "round", "title", "budget", "handed_in", "eligible",
                "selected", "selection_rate", "requested", "selected_requested", "projects", "signed", "committed",
                "paid", "spent", "decline_area_handed_in", "decline_area_selected").stream()
                .map(h -> text("stats.col." + h)).toList();
        List<List<Object>> rows = statistics.calls(filter).stream().map(f -> List.<Object>of(f.programName(),
                f.year(), f.round(), f.title(), f.budget().amount(), f.handedIn(), f.eligible(), f.selected(),
                String.format(Locale.ROOT, "%.3f", f.selectionRate()), f.requested().amount(),
                f.selectedRequested().amount(), f.projects(), f.signed(), f.committed().amount(), f.paid().amount(),
                f.spent().amount(), f.declineHandedIn(), f.declineSelected())).toList();
        Spreadsheet sheet = Spreadsheet.withHeader(header).rows(rows);
        return Downloads.sheet(request, "stats", sheet, text("stats.title"));
    }

    /**
     * The figures behind each table and chart of the page as CSV (UTF-8 with BOM), with the page's filter: per
     * program and year, 시도, company size, track and research institute.
     */
    @GetMapping("/stats/{breakdown:programs|regions|sizes|tracks|fields|roots|sigungu|institutes}.csv")
    ResponseEntity<byte[]> breakdown(@org.springframework.web.bind.annotation.PathVariable String breakdown,
            @RequestParam(required = false) String program, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        String code = program == null || program.isBlank() ? null : program;
        StatsFilter filter = new StatsFilter(code, date(from), date(to));
        Spreadsheet sheet = switch (breakdown) {
            case "programs" -> Spreadsheet.withHeader(cols("program", "year", "calls", "budget", "handed_in",
                    "selected", "signed", "committed", "paid", "spent", "budget_change")).rows(statistics
                            .programs(filter).stream()
                            .map(p -> java.util.Arrays.<Object>asList(p.programName(), p.year(), p.calls(),
                                    p.callBudgets().amount(), p.handedIn(), p.selected(), p.signed(),
                                    p.committed().amount(),
                                    p.paid().amount(), p.spent().amount(), p.budgetChangePercent()))
                            .toList());
            case "fields" -> breakdownSheet("field", statistics.fields(filter));
            case "roots" -> breakdownSheet("root", statistics.rootTechnologies(filter));
            case "sigungu" -> Spreadsheet.withHeader(cols("sigungu_code", "sigungu", "decline_area", "handed_in",
                    "selected")).rows(statistics.sigungu(filter).stream()
                            .map(g -> List.<Object>of(g.code(),
                                    g.name(), g.declineArea() ? "Y" : "N", g.handedIn(), g.selected()))
                            .toList());
            case "regions" -> Spreadsheet.withHeader(cols("sido_code", "sido", "handed_in", "selected",
                    "selection_rate")).rows(statistics.regions(filter).stream()
                            .map(r -> List.<Object>of(
                                    r.sidoCode(), r.sido(), r.handedIn(), r.selected(), rate(r.selectionRate())))
                            .toList());
            case "sizes" -> Spreadsheet.withHeader(cols("size", "handed_in", "selected", "selection_rate"))
                    .rows(statistics.sizes(filter).stream().map(b -> List.<Object>of(text(b.label()),
                            b.handedIn(), b.selected(), rate(b.selectionRate()))).toList());
            case "tracks" -> Spreadsheet.withHeader(cols("track", "handed_in", "selected", "selection_rate"))
                    .rows(statistics.tracks(filter).stream().map(b -> List.<Object>of(b.label(), b.handedIn(),
                            b.selected(), rate(b.selectionRate()))).toList());
            default -> Spreadsheet.withHeader(cols("institute", "offered", "accepted", "declined", "lapsed",
                    "waiting", "median_hours", "current_projects", "capacity"))
                    .rows(statistics.institutes(filter).stream()
                            .map(i -> java.util.Arrays.<Object>asList(i.institute(), i.offered(), i.accepted(),
                                    i.declined(), i.lapsed(), i.waiting(), i.medianResponseHours(), i.load(),
                                    i.capacity()))
                            .toList());
        };
        return Downloads.csv("stats-" + breakdown + ".csv", sheet.csv());
    }

    private Spreadsheet breakdownSheet(String column, List<kr.jiwon.stats.Breakdown> rows) {
        return Spreadsheet.withHeader(cols(column, "handed_in", "selected", "selection_rate")).rows(rows.stream()
                .map(b -> List.<Object>of(b.label(), b.handedIn(), b.selected(), rate(b.selectionRate()))).toList());
    }

    private List<String> cols(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> text("stats.col." + k)).toList();
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }

    /** A date from the filter form; a date that cannot be read leaves that end of the range open. */
    private static java.time.LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
