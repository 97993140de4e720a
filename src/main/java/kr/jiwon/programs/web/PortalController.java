package kr.jiwon.programs.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallPhase;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages: home (open and upcoming calls), call list, call and program details. */
@Controller
class PortalController {

    private final CallManagement calls;
    private final ProgramManagement programs;
    private final Regions regions;
    private final org.springframework.context.MessageSource messages;

    PortalController(CallManagement calls, ProgramManagement programs, Regions regions,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.calls = calls;
        this.programs = programs;
        this.regions = regions;
    }

    @GetMapping("/")
    String showHome(Model model) {
        Instant now = calls.now();
        List<Call> published = calls.calls(CallFilter.published());
        model.addAttribute("openCalls", published.stream().filter(c -> c.phase(now) == CallPhase.OPEN).toList());
        model.addAttribute("upcomingCalls",
                published.stream().filter(c -> c.phase(now) == CallPhase.UPCOMING).toList());
        model.addAttribute("programById", programById());
        model.addAttribute("programs", programs.programs());
        model.addAttribute("plans", programs.plans());
        return "portal/home";
    }

    @GetMapping("/calls")
    String showCalls(Model model) {
        Instant now = calls.now();
        model.addAttribute("calls", calls.calls(CallFilter.published()));
        model.addAttribute("programById", programById());
        model.addAttribute("now", now);
        return "portal/calls";
    }

    /** The published calls as a list for Excel (CSV with a byte-order mark, or XLSX). */
    @GetMapping({"/calls.csv", "/calls.xlsx"})
    org.springframework.http.ResponseEntity<byte[]> exportCalls(jakarta.servlet.http.HttpServletRequest request) {
        Instant now = calls.now();
        Map<Long, Program> byId = programById();
        kr.jiwon.shared.Spreadsheet sheet = kr.jiwon.shared.Spreadsheet.withHeader(kr.jiwon.programs.CallTable.HEADER);
        calls.calls(CallFilter.published()).forEach(c -> sheet.row(kr.jiwon.programs.CallTable.cells(c, byId, now,
                messages)));
        return kr.jiwon.shared.web.Downloads.sheet(request, "calls", sheet, "지원사업 공고");
    }

    @GetMapping("/calls/{id}")
    String showCall(@PathVariable long id, Model model, Optional<CurrentUser> user) {
        Call call = calls.call(id);
        if (call.status() == CallStatus.DRAFT && !user.map(CurrentUser::isOffice).orElse(false)) {
            throw new NotFoundException("call.notFound", id);
        }
        model.addAttribute("call", call);
        model.addAttribute("phase", call.phase(calls.now()));
        model.addAttribute("program", programs.program(call.programId()));
        model.addAttribute("sizes", call.eligibility().sizeClasses().values().stream()
                .map(s -> CompanySize.valueOf(s).messageKey()).toList());
        model.addAttribute("allowedRegionNames", call.eligibility().allowedRegions().values().stream()
                .map(regions::nameOf).toList());
        model.addAttribute("priorityRegionNames", call.eligibility().priorityRegions().values().stream()
                .map(regions::nameOf).toList());
        model.addAttribute("amendments", calls.amendments(id));
        return "portal/call";
    }

    @GetMapping("/programs/{id}")
    String showProgram(@PathVariable long id, Model model) {
        Program program = programs.program(id);
        model.addAttribute("program", program);
        model.addAttribute("plan", program.planId() == null ? null : programs.plan(program.planId()));
        model.addAttribute("calls", calls.callsOf(id).stream().filter(c -> c.status() != CallStatus.DRAFT).toList());
        model.addAttribute("now", calls.now());
        return "portal/program";
    }

    @GetMapping("/plans/{id}")
    String showPlan(@PathVariable long id, Model model) {
        model.addAttribute("plan", programs.plan(id));
        model.addAttribute("programs", programs.programsOf(id));
        model.addAttribute("budget", programs.budget(id));
        return "portal/plan";
    }

    private Map<Long, Program> programById() {
        return programs.programs().stream().collect(Collectors.toMap(Program::id, Function.identity()));
    }
}
