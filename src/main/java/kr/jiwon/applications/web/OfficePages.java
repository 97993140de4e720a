package kr.jiwon.applications.web;

import java.util.List;
import kr.jiwon.applications.ApplicationScreening;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ScreeningFilter;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's pages: calls, a call's submissions with filters and the automatic check, 요건검토 of one or many
 * applications at once, the Excel export, and closing a call early.
 */
@Controller
class OfficePages {

    private final ApplicationScreening screening;
    private final CallManagement calls;
    private final MessageSource messages;

    private final kr.jiwon.programs.ProgramManagement programs;
    private final kr.jiwon.applications.ApplicationFigures figures;

    OfficePages(ApplicationScreening screening, CallManagement calls,
            MessageSource messages, kr.jiwon.programs.ProgramManagement programs,
            kr.jiwon.applications.ApplicationFigures figures) {
        this.programs = programs;
        this.figures = figures;
        this.screening = screening;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/office")
    String showOffice(Model model) {
        model.addAttribute("calls", calls.calls(new CallFilter(null, false, null, null, true)));
        model.addAttribute("now", calls.now());
        return "office/index";
    }

    /** Every call, drafts too, as a list for Excel, with the applications handed in to each. */
    @GetMapping({"/office/calls.xlsx", "/office/calls.csv"})
    ResponseEntity<byte[]> exportCalls(jakarta.servlet.http.HttpServletRequest request) {
        java.time.Instant now = calls.now();
        java.util.Map<Long, kr.jiwon.programs.Program> byId = new java.util.HashMap<>();
        programs.programs().forEach(p -> byId.put(p.id(), p));
        java.util.List<String> header = new java.util.ArrayList<>(kr.jiwon.programs.CallTable.HEADER);
        header.add("접수 건수");
        kr.jiwon.shared.Spreadsheet sheet = kr.jiwon.shared.Spreadsheet.withHeader(header);
        for (Call c : calls.calls(new CallFilter(null, false, null, null, true))) {
            java.util.List<Object> row = new java.util.ArrayList<>(kr.jiwon.programs.CallTable.cells(c, byId, now,
                    messages));
            row.add(figures.handedIn(c.id()).size());
            sheet.row(row);
        }
        return kr.jiwon.shared.web.Downloads.sheet(request, "office-calls", sheet, "공고 목록");
    }

    @GetMapping("/office/calls/{callId}/applications")
    String showScreening(@PathVariable long callId, ScreeningFilter filter, CurrentUser user, Actor actor,
            Model model) {
        Call call = calls.call(callId);
        model.addAttribute("call", call);
        model.addAttribute("phase", call.phase(calls.now()));
        model.addAttribute("trackNames", call.tracks().stream().collect(java.util.stream.Collectors.toMap(
                kr.jiwon.programs.Track::code, kr.jiwon.programs.Track::name)));
        model.addAttribute("screeningOpen", call.screeningOpen(calls.now()));
        model.addAttribute("rows", screening.list(user, callId, filter, actor));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ApplicationStatus.values());
        return "office/screening";
    }

    @GetMapping({"/office/calls/{callId}/applications.xlsx", "/office/calls/{callId}/applications.csv"})
    ResponseEntity<byte[]> export(@PathVariable long callId, ScreeningFilter filter, CurrentUser user, Actor actor,
            jakarta.servlet.http.HttpServletRequest request) {
        var sheet = screening.exportSheet(user, callId, filter, actor);
        return kr.jiwon.shared.web.Downloads.sheet(request, "신청목록-" + callId, sheet, "신청 목록");
    }

    /** 적격/부적격 (or 요건검토 중) for the checked applications, with one reason; all or none. */
    @PostMapping("/office/calls/{callId}/screening")
    String processScreening(@PathVariable long callId, @RequestParam(required = false) List<Long> ids,
            @RequestParam ApplicationStatus status, @RequestParam(required = false) String reason,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        try {
            int n = screening.changeStatuses(user, callId, ids, status, reason, actor).size();
            flash.addFlashAttribute("notice", messages.getMessage("screening.changedN", new Object[]{n,
                    messages.getMessage("applicationStatus." + status.name(), null,
                            org.springframework.context.i18n.LocaleContextHolder.getLocale())},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", String.join(" ", FieldMessages.byField(e.violations(), messages)
                    .values().stream().flatMap(List::stream).toList()));
        }
        return "redirect:/office/calls/" + callId + "/applications";
    }

    /** Closes the call for applications before its window ends (조기 마감), after the officer confirmed it. */
    @PostMapping("/office/calls/{callId}/close")
    String processClose(@PathVariable long callId, @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("failure", messages.getMessage("office.closeConfirmNeeded", null,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        } else {
            try {
                calls.close(callId);
                flash.addFlashAttribute("notice", messages.getMessage("office.closed", null,
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            } catch (InvalidInputException e) {
                flash.addFlashAttribute("failure", String.join(" ", FieldMessages.byField(e.violations(), messages)
                        .values().stream().flatMap(List::stream).toList()));
            }
        }
        return "redirect:/office/calls/" + callId + "/applications";
    }
}
