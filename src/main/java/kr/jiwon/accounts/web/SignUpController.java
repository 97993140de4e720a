package kr.jiwon.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import kr.jiwon.accounts.SignUp;
import kr.jiwon.accounts.SignUp.CompanySignUp;
import kr.jiwon.companies.NewCompany;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.RootTechnologies;
import kr.jiwon.shared.TextList;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up of a company's first user: 사업자등록번호 (check digit), company profile, e-mail and password. */
@Controller
class SignUpController {

    private final SignUp signUp;
    private final Regions regions;
    private final RootTechnologies rootTechnologies;
    private final MessageSource messages;

    SignUpController(SignUp signUp, Regions regions, RootTechnologies rootTechnologies, MessageSource messages) {
        this.signUp = signUp;
        this.regions = regions;
        this.rootTechnologies = rootTechnologies;
        this.messages = messages;
    }

    /** The sign-up form as the browser sends it. */
    record SignUpForm(String businessRegistrationNumber, String companyName, CompanySize size, String regionCode,
            String industryFields, Boolean sobujang, Boolean rootCompany, List<String> rootTechnologies,
            String name, String email, String password, String sobujangCertificate, String rootCertificate) {
    }

    @GetMapping("/signup")
    String initSignUpForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form",
                    new SignUpForm("", "", CompanySize.SME, "", "", false, false, List.of(), "", "", "", "", ""));
        }
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        fill(model);
        return "accounts/signup";
    }

    private void fill(Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("sizes", CompanySize.values());
        model.addAttribute("rootTechnologyList", rootTechnologies.all());
    }

    @PostMapping("/signup")
    String processSignUpForm(@ModelAttribute("form") SignUpForm form, HttpServletRequest request, Model model,
            RedirectAttributes flash) {
        NewCompany company = new NewCompany(form.businessRegistrationNumber(), form.companyName(), form.size(),
                form.regionCode(), TextList.typed(form.industryFields()),
                form.sobujang(), form.rootCompany(),
                form.rootTechnologies() == null ? TextList.EMPTY : TextList.of(form.rootTechnologies()), null,
                form.sobujangCertificate(), form.rootCertificate(), null, null);
        try {
            signUp.signUpCompany(new CompanySignUp(company, form.email(), form.password(), form.name()),
                    new Actor(form.email(), "APPLICANT", request.getRemoteAddr()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e.violations()));
            fill(model);
            return "accounts/signup";
        }
        flash.addFlashAttribute("signedUp", true);
        return "redirect:/login?signedUp";
    }

    private Map<String, List<String>> errors(List<FieldViolation> violations) {
        List<FieldViolation> renamed = new java.util.ArrayList<>();
        for (FieldViolation v : violations) {
            String field = switch (v.field() == null ? "" : v.field()) {
                case "company.businessRegistrationNumber" -> "businessRegistrationNumber";
                case "company.name" -> "companyName";
                case "company.regionCode" -> "regionCode";
                case "company.size" -> "size";
                case "company.rootTechnologies" -> "rootTechnologies";
                default -> v.field();
            };
            renamed.add(new FieldViolation(field, v.messageKey(), v.args()));
        }
        return kr.jiwon.shared.FieldMessages.byField(renamed, messages);
    }
}
