package kr.jiwon.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.Passwords;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 내 계정: the account and its password change; 비밀번호 찾기: a reset link by e-mail and the page it opens. Someone who
 * signed in with a password another person chose is sent here before anything else. Passwords are never written
 * back into a page.
 */
@Controller
class PasswordPages {

    /** Session flag: the signed-in account must choose its own password (read once per session). */
    static final String MUST_CHANGE = "jiwon.mustChangePassword";

    private final Passwords passwords;
    private final AccountManagement accounts;
    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session>> sessions;

    PasswordPages(Passwords passwords, AccountManagement accounts, MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session>> sessions) {
        this.sessions = sessions;
        this.passwords = passwords;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/my/account")
    String showAccount(CurrentUser user, Model model) {
        model.addAttribute("account", accounts.find(user.username()).orElseThrow());
        model.addAttribute("mustChange", passwords.mustChange(user.username()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "accounts/account";
    }

    @PostMapping("/my/account/password")
    String processChange(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, CurrentUser user, Actor actor,
            HttpSession session, RedirectAttributes flash) {
        try {
            passwords.change(user.username(), currentPassword, newPassword, confirmPassword, actor);
            session.setAttribute(MUST_CHANGE, Boolean.FALSE);
            endSessions(user.username(), session.getId());
            flash.addFlashAttribute("notice", "password.changed");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
        }
        return "redirect:/my/account";
    }

    /**
     * A new password ends the account's other sessions, on every instance (ASVS V3.3.3): whoever knew the old one is
     * signed out. {@code keep} is the session that changed it (none after a reset).
     */
    private void endSessions(String username, String keep) {
        var repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().stream().filter(id -> !id.equals(keep))
                    .forEach(repository::deleteById);
        }
    }

    @GetMapping("/password-reset")
    String showRequest() {
        return "accounts/reset-request";
    }

    @PostMapping("/password-reset")
    String processRequest(@RequestParam(defaultValue = "") String who, Actor actor, Model model) {
        passwords.requestReset(who, actor);
        model.addAttribute("sent", true);
        return "accounts/reset-request";
    }

    @GetMapping("/password-reset/{token}")
    String showReset(@PathVariable String token, Model model) {
        model.addAttribute("usable", passwords.resetUsable(token));
        model.addAttribute("token", token);
        model.addAttribute("errors", Map.of());
        return "accounts/reset";
    }

    @PostMapping("/password-reset/{token}")
    String processReset(@PathVariable String token, @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, Actor actor, Model model) {
        try {
            endSessions(passwords.reset(token, newPassword, confirmPassword, actor), null);
            return "redirect:/login?reset";
        } catch (InvalidInputException e) {
            model.addAttribute("usable", passwords.resetUsable(token));
            model.addAttribute("token", token);
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            return "accounts/reset";
        }
    }

    /** Sends an account that must choose its own password to 내 계정 before any other page. */
    @Configuration(proxyBeanMethods = false)
    static class FirstPasswordGate implements WebMvcConfigurer {

        private static final List<String> OPEN = List.of("/my/account", "/my/second-factor", "/login/second-factor",
                "/logout", "/error", "/css/", "/js/",
                "/images/", "/api/", "/favicon", "/login", "/password-reset");

        private final Passwords passwords;

        FirstPasswordGate(Passwords passwords) {
            this.passwords = passwords;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {

                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                        throws java.io.IOException {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    if (request.getUserPrincipal() == null || OPEN.stream().anyMatch(path::startsWith)) {
                        return true;
                    }
                    HttpSession session = request.getSession(false);
                    if (session == null) {
                        return true;
                    }
                    Object flag = session.getAttribute(MUST_CHANGE);
                    if (flag == null) {
                        flag = passwords.mustChange(request.getUserPrincipal().getName());
                        session.setAttribute(MUST_CHANGE, flag);
                    }
                    if (Boolean.TRUE.equals(flag)) {
                        response.sendRedirect(request.getContextPath() + "/my/account");
                        return false;
                    }
                    return true;
                }
            });
        }
    }
}
