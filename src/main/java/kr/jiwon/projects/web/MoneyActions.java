package kr.jiwon.projects.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import kr.jiwon.projects.ProjectMoney;
import kr.jiwon.projects.Settlements;
import kr.jiwon.projects.SpendingEntry;
import kr.jiwon.projects.SpendingImport;
import kr.jiwon.projects.UploadedFile;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Money from the project page: the officer's payments, the company's spending entries and CSV import (a dry run
 * first; the checked file comes back with the result so that applying it needs no second upload), and the
 * settlement (start, disallow, confirm).
 */
@Controller
class MoneyActions {

    private final ProjectMoney money;
    private final Settlements settlements;
    private final ProjectActions steps;
    private final org.springframework.context.MessageSource messages;

    MoneyActions(ProjectMoney money, Settlements settlements, ProjectActions steps,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.money = money;
        this.settlements = settlements;
        this.steps = steps;
    }

    @PostMapping("/projects/{id}/payments")
    String pay(@PathVariable long id, @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String paidOn, @RequestParam(defaultValue = "") String amount,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        return steps.step(id, "payments", "project.paid", Map.of("label", label, "paidOn", paidOn, "payAmount",
                amount), flash, () -> {
                    Violations v = new Violations();
                    Won w = v.attempt("payment.amount", () -> Won.parse(amount));
                    LocalDate on = ProjectActions.date(v, "paidOn", paidOn);
                    if (!v.isEmpty()) {
                        throw new InvalidInputException(v.list());
                    }
                    try {
                        money.pay(user, id, label, on, w, actor);
                    } catch (InvalidInputException e) {
                        throw e.under("payment");
                    }
                });
    }

    @PostMapping("/projects/{id}/spending")
    String spend(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(required = false) MultipartFile evidence, CurrentUser user, Actor actor,
            RedirectAttributes flash) throws IOException {
        byte[] bytes = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
        String name = evidence == null ? null : evidence.getOriginalFilename();
        return steps.step(id, "spending", "project.spent", params, flash, () -> {
            Violations v = new Violations();
            LocalDate on = ProjectActions.date(v, "spentOn", params.get("spentOn"));
            Won w = v.attempt("amount", () -> Won.parse(params.getOrDefault("amount", "")));
            UploadedFile file = bytes == null
                    ? null
                    : v.attempt("evidence", () -> UploadedFile.evidence("", name,
                            bytes));
            if (!v.isEmpty()) {
                throw new InvalidInputException(v.list());
            }
            money.spend(user, id, new SpendingEntry(on, params.get("payee"), w, params.get("category"),
                    params.get("description"), params.get("invoiceNumber"), null), file, actor);
        });
    }

    /** The dry run (apply=false) from an uploaded file, or applying the file that was checked (content). */
    @PostMapping("/projects/{id}/spending/import")
    String importCsv(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String content, @RequestParam(defaultValue = "false") boolean apply,
            CurrentUser user, Actor actor, RedirectAttributes flash) throws IOException {
        byte[] bytes = content != null && !content.isBlank()
                ? Base64.getDecoder().decode(content)
                : file == null ? new byte[0] : file.getBytes();
        return steps.step(id, "import", apply ? "project.imported" : "project.checked", Map.of(), flash, () -> {
            SpendingImport result = money.importCsv(user, id, bytes, apply, actor);
            flash.addFlashAttribute("importRows", new java.util.ArrayList<>(rows(result)));
            flash.addFlashAttribute("importOk", result.ok());
            flash.addFlashAttribute("importStored", result.stored());
            flash.addFlashAttribute("importTotal", result.total().amount());
            if (!result.stored()) {
                flash.addFlashAttribute("importContent", Base64.getEncoder().encodeToString(bytes));
            }
        });
    }

    private java.util.List<ImportRow> rows(SpendingImport result) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return result.lines().stream().map(l -> {
            SpendingEntry e = l.entry();
            return new ImportRow(l.lineNumber(), e.spentOn() == null ? "" : e.spentOn().toString(),
                    e.payee() == null ? "" : e.payee(), e.amount() == null ? "" : e.amount().korean(),
                    e.category() == null ? "" : e.category(), e.invoiceNumber() == null ? "" : e.invoiceNumber(),
                    l.problems().stream().map(v -> messages.getMessage(v.resolvable(), locale)).toList());
        }).toList();
    }

    @PostMapping("/projects/{id}/settlement/start")
    String startSettlement(@PathVariable long id, CurrentUser user, Actor actor, RedirectAttributes flash) {
        return steps.step(id, "settlement", "project.settlementStarted", Map.of(), flash,
                () -> settlements.start(user, id, actor));
    }

    @PostMapping("/projects/{id}/spending/{spendingId}/disallow")
    String disallow(@PathVariable long id, @PathVariable long spendingId,
            @RequestParam(defaultValue = "") String reason, CurrentUser user, Actor actor, RedirectAttributes flash) {
        return steps.step(id, "spending", "project.disallowed", Map.of("reason", reason), flash,
                () -> settlements.disallow(user, id, spendingId, reason, actor));
    }

    @PostMapping("/projects/{id}/settlement")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "0") String interest,
            @RequestParam(defaultValue = "false") boolean confirmed, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return steps.step(id, "settlement", "project.settled", Map.of("interest", interest), flash, () -> {
            Violations v = new Violations();
            Won w = v.attempt("interest", () -> ProjectActions.won(interest));
            v.check(confirmed, "confirmed", "project.confirmSettlement");
            if (!v.isEmpty()) {
                throw new InvalidInputException(v.list());
            }
            settlements.confirm(user, id, w, actor);
        });
    }

    /** 반납 received (officers): the day and the amount the company paid back. */
    @PostMapping("/projects/{id}/repayments")
    String repaid(@PathVariable long id, @RequestParam(defaultValue = "") String repaidOn,
            @RequestParam(defaultValue = "") String amount, CurrentUser user, Actor actor, RedirectAttributes flash) {
        return steps.step(id, "repayments", "project.repaid", Map.of("repaidOn", repaidOn, "repaidAmount", amount),
                flash, () -> {
                    Violations v = new Violations();
                    Won w = amount.isBlank() ? null : v.attempt("repaidAmount", () -> Won.parse(amount));
                    v.check(!amount.isBlank(), "repaidAmount", "field.required");
                    LocalDate on = ProjectActions.date(v, "repaidOn", repaidOn);
                    v.throwIfAny();
                    settlements.recordRepayment(user, id, on, w, actor);
                });
    }

}
