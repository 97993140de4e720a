package kr.jiwon.audit.web;

import java.time.LocalDate;
import java.util.List;
import kr.jiwon.audit.AuditEvent;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Spreadsheet;
import kr.jiwon.shared.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Officers query the audit log (page and JSON) and export it as CSV (UTF-8 with BOM, so Excel reads Korean). */
@Controller
class AuditController {

    private final AuditLog audit;
    private final kr.jiwon.audit.AuditChain chain;

    AuditController(AuditLog audit, kr.jiwon.audit.AuditChain chain) {
        this.audit = audit;
        this.chain = chain;
    }

    /** Walks the seal chain now and shows what it found on the audit page; the check itself is recorded. */
    @org.springframework.web.bind.annotation.PostMapping("/office/audit/verify")
    String processVerify(kr.jiwon.shared.Actor actor, Model model) {
        kr.jiwon.audit.AuditChain.Report report = chain.verify();
        audit.recordView(actor, "AUDIT_VERIFY", "AUDIT_LOG", null,
                report.checked() + " seals, " + report.problems().size() + " problems, head " + report.headSeq());
        model.addAttribute("report", report);
        model.addAttribute("events", audit.search(query(null, null, null, null, null, null, 500)));
        return "office/audit";
    }

    private static AuditQuery query(String actor, String targetType, String targetId, String action, LocalDate from,
            LocalDate to, int limit) {
        return new AuditQuery(blank(actor), blank(targetType), blank(targetId), blank(action),
                from == null ? null : SeoulTime.toInstant(from.atStartOfDay()),
                to == null ? null : SeoulTime.toInstant(to.plusDays(1).atStartOfDay()), limit);
    }

    @GetMapping("/office/audit")
    String showAudit(@RequestParam(required = false) String actor, @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        List<AuditEvent> events = audit.search(query(actor, targetType, targetId, action, from, to, 500));
        kr.jiwon.shared.web.PersonalData.shown(events.size());
        model.addAttribute("events", events);
        return "office/audit";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditEvent> search(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "500") int limit) {
        List<AuditEvent> events = audit.search(query(actor, targetType, targetId, action, from, to, limit));
        kr.jiwon.shared.web.PersonalData.shown(events.size());
        return events;
    }

    @GetMapping({"/office/audit.csv", "/api/v1/audit.csv"})
    @ResponseBody
    ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Spreadsheet sheet = Spreadsheet.withHeader("일시", "사용자", "역할", "행위", "대상", "대상 ID", "내용", "접속 주소");
        List<AuditEvent> rows = audit.search(query(actor, targetType, targetId, action, from, to, 10_000));
        kr.jiwon.shared.web.PersonalData.shown(rows.size());
        for (AuditEvent e : rows) {
            sheet.row(SeoulTime.toOffset(e.at()).toString(), e.actor(), e.actorRole(), e.action(), e.targetType(),
                    e.targetId(),
                    e.detail(), e.ip());
        }
        return Downloads.csv("audit.csv", sheet.csv());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
