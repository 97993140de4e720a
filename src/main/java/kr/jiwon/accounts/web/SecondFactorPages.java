package kr.jiwon.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import kr.jiwon.accounts.SecondFactors;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The second factor in the pages: after the password, an account with a second factor gives a code from its app (or a
 * recovery code) before any other page; an officer or administrator without one sets it up first (QR code, a code to
 * confirm, ten recovery codes shown once). Five wrong codes end the session.
 */
@Controller
class SecondFactorPages {

    /** Session: "passed" once the code was given, "none" when the account needs none. */
    static final String STATE = "jiwon.secondFactor";
    private static final String PENDING = "jiwon.secondFactorPending";
    private static final String FAILURES = "jiwon.secondFactorFailures";
    private static final int MAX_FAILURES = 5;

    private final SecondFactors factors;
    private final MessageSource messages;

    SecondFactorPages(SecondFactors factors, MessageSource messages) {
        this.factors = factors;
        this.messages = messages;
    }

    @GetMapping("/login/second-factor")
    String showCode(Model model) {
        model.addAttribute("errors", Map.of());
        return "accounts/second-factor";
    }

    @PostMapping("/login/second-factor")
    String processCode(@RequestParam(defaultValue = "") String code, CurrentUser user, Actor actor,
            HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        if (factors.verify(user.username(), code, actor)) {
            session.setAttribute(STATE, "passed");
            session.removeAttribute(FAILURES);
            return "redirect:/";
        }
        int failures = 1 + (session.getAttribute(FAILURES) instanceof Integer i ? i : 0);
        if (failures >= MAX_FAILURES) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        session.setAttribute(FAILURES, failures);
        model.addAttribute("errors", Map.of("code", List.of(messages.getMessage("mfa.wrongCode", null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
        return "accounts/second-factor";
    }

    @GetMapping("/my/second-factor")
    String showSetup(CurrentUser user, HttpSession session, Model model) {
        boolean enrolled = factors.enrolled(user.username());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", factors.requiredFor(user.role()));
        if (!enrolled) {
            SecondFactors.Enrolment e = session.getAttribute(PENDING) instanceof SecondFactors.Enrolment p
                    ? p
                    : factors.start(user.username());
            session.setAttribute(PENDING, e);
            model.addAttribute("enrolment", e);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "accounts/second-factor-setup";
    }

    @PostMapping("/my/second-factor")
    String processSetup(@RequestParam(defaultValue = "") String code, CurrentUser user, Actor actor,
            HttpSession session, Model model) {
        SecondFactors.Enrolment pending = session.getAttribute(PENDING) instanceof SecondFactors.Enrolment p
                ? p
                : null;
        try {
            List<String> recovery = factors.confirm(user.username(), pending == null ? null : pending.secret(), code,
                    actor);
            session.removeAttribute(PENDING);
            session.setAttribute(STATE, "passed");
            model.addAttribute("recovery", recovery);
            return "accounts/second-factor-done";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", kr.jiwon.shared.FieldMessages.byField(e.violations(), messages));
            return showSetup(user, session, model);
        }
    }

    /** Before any other page: the code of an account that has a second factor, the set-up of one that must. */
    @Configuration(proxyBeanMethods = false)
    static class SecondFactorGate implements WebMvcConfigurer {

        private static final List<String> OPEN = List.of("/login", "/my/second-factor", "/logout", "/error",
                "/css/", "/js/", "/images/", "/api/", "/favicon", "/password-reset");

        private final SecondFactors factors;

        SecondFactorGate(SecondFactors factors) {
            this.factors = factors;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {

                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                        throws java.io.IOException {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    HttpSession session = request.getSession(false);
                    if (request.getUserPrincipal() == null || session == null
                            || OPEN.stream().anyMatch(path::startsWith)) {
                        return true;
                    }
                    Object state = session.getAttribute(STATE);
                    if ("passed".equals(state) || "none".equals(state)) {
                        return true;
                    }
                    String name = request.getUserPrincipal().getName();
                    boolean enrolled = factors.enrolled(name);
                    boolean required = java.util.Arrays.stream(kr.jiwon.shared.Role.values())
                            .anyMatch(r -> request.isUserInRole(r.name()) && factors.requiredFor(r));
                    if (!enrolled && !required) {
                        session.setAttribute(STATE, "none");
                        return true;
                    }
                    response.sendRedirect(request.getContextPath()
                            + (enrolled ? "/login/second-factor" : "/my/second-factor"));
                    return false;
                }
            }).order(-10);
        }
    }
}
