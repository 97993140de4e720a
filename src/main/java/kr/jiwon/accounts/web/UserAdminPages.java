package kr.jiwon.accounts.web;

import java.util.List;
import kr.jiwon.accounts.AccountAdministration;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 사용자 관리 (administrators only): accounts by role, staff roles, switching off and on, a reset link. */
@Controller
class UserAdminPages {

    private final AccountAdministration administration;
    private final MessageSource messages;

    UserAdminPages(AccountAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String showUsers(@RequestParam(required = false) Role role, Model model) {
        model.addAttribute("accounts", administration.accounts(role));
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("staffRoles", List.of(Role.OFFICER, Role.ADMIN, Role.REVIEWER));
        return "accounts/admin-users";
    }

    @PostMapping("/admin/users/{id}/role")
    String processRole(@PathVariable long id, @RequestParam Role role, Actor actor, RedirectAttributes flash) {
        return attempt(id, flash, "admin.users.roleChanged", () -> administration.changeRole(id, role, actor));
    }

    @PostMapping("/admin/users/{id}/enabled")
    String processEnabled(@PathVariable long id, @RequestParam boolean on, Actor actor, RedirectAttributes flash) {
        return attempt(id, flash, on ? "admin.users.enabled" : "admin.users.disabled",
                () -> administration.enable(id, on, actor));
    }

    @PostMapping("/admin/users/{id}/reset")
    String processReset(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        return attempt(id, flash, "admin.users.resetSent", () -> administration.sendReset(id, actor));
    }

    private String attempt(long id, RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", String.join(" ", FieldMessages.byField(e.violations(), messages)
                    .values().stream().flatMap(List::stream).toList()));
        }
        return "redirect:/admin/users#account-" + id;
    }
}
