package kr.jiwon.institutes.web;

import java.util.Arrays;
import java.util.Map;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.institutes.ProfileEdit;
import kr.jiwon.institutes.ResearchInstitute;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.TextList;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An institute's coordinator keeps the institute's capability profile (used for matching) up to date. */
@Controller
class InstituteProfilePages {

    private final InstituteManagement institutes;
    private final MessageSource messages;

    InstituteProfilePages(InstituteManagement institutes, MessageSource messages) {
        this.institutes = institutes;
        this.messages = messages;
    }

    private ResearchInstitute ownInstitute(CurrentUser user) {
        if (user.role() != Role.INSTITUTE || user.instituteId() == null) {
            throw new AccessDeniedException("institute coordinators only");
        }
        return institutes.institute(String.valueOf(user.instituteId()));
    }

    @GetMapping("/my/institute")
    String initProfileForm(CurrentUser user, Model model) {
        model.addAttribute("institute", ownInstitute(user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "institutes/edit";
    }

    @PostMapping("/my/institute")
    String processProfileForm(@RequestParam(required = false) String fields,
            @RequestParam(required = false) String technologies,
            @RequestParam(required = false) String equipment,
            @RequestParam(required = false) String expertise,
            @RequestParam(required = false) Integer capacity, CurrentUser user,
            RedirectAttributes flash) {
        ResearchInstitute institute = ownInstitute(user);
        TextList fieldList = fields == null
                ? TextList.EMPTY
                : TextList.of(Arrays.stream(fields.split("[,;]")).map(String::strip).toList());
        try {
            institutes.editProfile(institute.id(),
                    new ProfileEdit(fieldList, technologies, equipment, expertise, capacity), user.username());
            flash.addFlashAttribute("notice", "instituteProfile.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
        }
        return "redirect:/my/institute";
    }
}
