package kr.jiwon.accounts.web;

import java.util.Map;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.SignUp;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 우리 회사: the company's profile at a glance (edited on its own page), who has an account, adding a colleague. */
@Controller
class CompanyMembersController {

    private final AccountManagement accounts;
    private final SignUp signUp;
    private final MessageSource messages;
    private final kr.jiwon.companies.CompanyManagement companies;

    CompanyMembersController(AccountManagement accounts, SignUp signUp, MessageSource messages,
            kr.jiwon.companies.CompanyManagement companies) {
        this.companies = companies;
        this.accounts = accounts;
        this.signUp = signUp;
        this.messages = messages;
    }

    private static CurrentUser companyUser(CurrentUser user) {
        if (user.role() != Role.APPLICANT || user.companyId() == null) {
            throw new AccessDeniedException("company users only");
        }
        return user;
    }

    @GetMapping("/my/company")
    String showMembers(CurrentUser signedIn, Model model) {
        CurrentUser user = companyUser(signedIn);
        model.addAttribute("members", accounts.membersOf(user.companyId()));
        var company = companies.company(user.companyId());
        model.addAttribute("company", company);
        model.addAttribute("headOffice", companies.regionOf(company));
        model.addAttribute("site", companies.siteRegionOf(company));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "accounts/members";
    }

    @PostMapping("/my/company/members")
    String processAddColleague(@RequestParam String email, @RequestParam String name, CurrentUser signedIn,
            Actor actor, RedirectAttributes flash) {
        CurrentUser user = companyUser(signedIn);
        try {
            signUp.addColleague(user, email, name, actor);
            flash.addFlashAttribute("notice", "members.added");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", kr.jiwon.shared.FieldMessages.byField(e.violations(), messages));
        }
        return "redirect:/my/company";
    }
}
