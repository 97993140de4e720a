package kr.jiwon.institutes.web;

import kr.jiwon.institutes.InstituteManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public institute directory pages. */
@Controller
class InstituteDirectoryController {

    private final InstituteManagement institutes;

    InstituteDirectoryController(InstituteManagement institutes) {
        this.institutes = institutes;
    }

    @GetMapping("/institutes")
    String showDirectory(Model model) {
        model.addAttribute("institutes", institutes.all());
        return "institutes/directory";
    }

    @GetMapping("/institutes/{shortName}")
    String showInstitute(@PathVariable String shortName, Model model) {
        model.addAttribute("institute", institutes.institute(shortName));
        return "institutes/institute";
    }
}
