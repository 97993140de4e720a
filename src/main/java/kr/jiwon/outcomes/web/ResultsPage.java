package kr.jiwon.outcomes.web;

import kr.jiwon.outcomes.PublicResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public results page (사업 성과): per program the figures, the KPI roll-up and the finished projects. */
@Controller
class ResultsPage {

    private final PublicResults results;

    ResultsPage(PublicResults results) {
        this.results = results;
    }

    @GetMapping("/results")
    String results(Model model) {
        model.addAttribute("programs", results.all());
        return "outcomes/results";
    }
}
