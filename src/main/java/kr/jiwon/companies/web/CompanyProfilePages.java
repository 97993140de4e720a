package kr.jiwon.companies.web;

import java.util.List;
import java.util.Map;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.companies.CompanyProfile;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.RootTechnologies;
import kr.jiwon.shared.TextList;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 우리 회사 정보: a company's own users keep its profile — size, head office and plant, fields, the 소부장·뿌리기업
 * statuses with their 확인서 numbers, 뿌리기술 and the 스마트공장 수준확인 level. Errors come back beside their fields
 * with what was typed; a change is audited.
 */
@Controller
class CompanyProfilePages {

    private final CompanyManagement companies;
    private final Regions regions;
    private final RootTechnologies rootTechnologies;
    private final MessageSource messages;

    CompanyProfilePages(CompanyManagement companies, Regions regions, RootTechnologies rootTechnologies,
            MessageSource messages) {
        this.companies = companies;
        this.regions = regions;
        this.rootTechnologies = rootTechnologies;
        this.messages = messages;
    }

    /** The form as the browser sends it. */
    record ProfileForm(Long version, String name, CompanySize size, String regionCode, String plantRegionCode,
            String industryFields, Boolean sobujang, String sobujangCertificate, Boolean rootCompany,
            String rootCertificate, List<String> rootTechnologies, Integer smartFactoryLevel,
            String smartFactoryCertificate) {

        static ProfileForm of(CompanyProfile p) {
            return new ProfileForm(p.version(), p.name(), p.size(), p.regionCode(), p.plantRegionCode(),
                    String.join(", ", p.industryFields().values()), p.sobujang(), p.sobujangCertificate(),
                    p.rootCompany(), p.rootCertificate(), p.rootTechnologies().values(), p.smartFactoryLevel(),
                    p.smartFactoryCertificate());
        }

        CompanyProfile toProfile() {
            return new CompanyProfile(version, name, size, regionCode, plantRegionCode,
                    TextList.typed(industryFields),
                    sobujang, sobujangCertificate, rootCompany, rootCertificate,
                    rootTechnologies == null ? TextList.EMPTY : TextList.of(rootTechnologies), smartFactoryLevel,
                    smartFactoryCertificate);
        }
    }

    private static long companyOf(CurrentUser user) {
        if (user.role() != Role.APPLICANT || user.companyId() == null) {
            throw new AccessDeniedException("company users only");
        }
        return user.companyId();
    }

    @GetMapping("/my/company/profile")
    String initProfileForm(CurrentUser user, Model model) {
        Company c = companies.company(companyOf(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileForm.of(c.profile()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("company", c);
        model.addAttribute("regions", regions.all());
        model.addAttribute("sizes", CompanySize.values());
        model.addAttribute("rootTechnologyList", rootTechnologies.all());
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        return "companies/profile";
    }

    @PostMapping("/my/company/profile")
    String processProfileForm(@ModelAttribute("form") ProfileForm form, CurrentUser user, Actor actor,
            Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        long id = companyOf(user);
        try {
            companies.update(id, form.toProfile(), actor);
            flash.addFlashAttribute("notice", "companyProfile.saved");
            return "redirect:/my/company";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            return initProfileForm(user, model);
        }
    }
}
