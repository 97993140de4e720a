package kr.jiwon.programs.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.programs.CallFinder;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Spreadsheet;
import kr.jiwon.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 맞춤 지원사업 찾기: a signed-in company's own profile, or a visitor's few answers. */
@Controller
class FinderPages {

    static final List<String> FIELDS = List.of("기계금속", "자동차", "전기전자", "반도체", "디스플레이", "이차전지",
            "첨단소재", "바이오", "의료기기", "기초화학", "디지털 전환", "스마트공장", "자동화", "탄소중립", "공급망 안정",
            "뿌리기술");

    /** The longest bottleneck description the finder reads (an application allows more; this is a question). */
    static final int NEED_MAX = 2000;

    private final CallFinder finder;
    private final Finder profiles;
    private final Regions regions;
    private final MessageSource messages;

    private final org.springframework.beans.factory.ObjectProvider<kr.jiwon.programs.InstituteAdvice> advice;

    FinderPages(CallFinder finder, Finder profiles, Regions regions, MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<kr.jiwon.programs.InstituteAdvice> advice) {
        this.advice = advice;
        this.finder = finder;
        this.profiles = profiles;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/finder")
    String showFinder(@RequestParam(required = false) String region, @RequestParam(required = false) String size,
            @RequestParam(defaultValue = "false") boolean sobujang,
            @RequestParam(defaultValue = "false") boolean root,
            @RequestParam(required = false) List<String> field, @RequestParam(required = false) String need,
            Optional<CurrentUser> user, jakarta.servlet.http.HttpServletRequest request, Model model) {
        model.addAttribute("signedIn", user.isPresent());
        String bottleneck = need == null ? "" : need.strip();
        if (bottleneck.length() > NEED_MAX) {
            bottleneck = bottleneck.substring(0, NEED_MAX);
        }
        model.addAttribute("need", bottleneck);
        model.addAttribute("sizes", CompanySize.values());
        model.addAttribute("fieldChoices", FIELDS);
        model.addAttribute("regionChoices", regions.all());
        model.addAttribute("errors", Map.of());
        var company = profiles.companyOf(user);
        boolean answered = region != null || size != null;
        // a description alone also gets its institutes, and the company's own answers when it is signed in
        CallFinder.CompanyProfile profile = null;
        String queryString = request.getQueryString() == null ? "" : request.getQueryString();
        if (answered) {
            try {
                profile = profiles.answers(region, size, sobujang, root, field);
            } catch (InvalidInputException e) {
                model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            }
        } else if (company.isPresent()) {
            profile = Finder.of(company.get());
            model.addAttribute("company", company.get());
            queryString = Finder.queryOf(profile);
        }
        model.addAttribute("profile", profile);
        model.addAttribute("queryString", queryString);
        if (profile != null) {
            List<CallFinder.CallFit> fits = finder.find(profile);
            model.addAttribute("eligible", fits.stream().filter(CallFinder.CallFit::eligible).toList());
            model.addAttribute("others", fits.stream().filter(f -> !f.eligible()).toList());
        }
        var adviser = advice.getIfAvailable();
        if (!bottleneck.isEmpty() && adviser != null) {
            model.addAttribute("institutes", adviser.institutesFor(bottleneck,
                    profile == null ? List.of() : profile.fields().values(),
                    profile == null ? null : profile.regionCode(), 3));
        }
        return "portal/finder";
    }

    @GetMapping({"/finder.csv", "/finder.xlsx"})
    ResponseEntity<byte[]> export(@RequestParam(required = false) String region,
            @RequestParam(required = false) String size,
            @RequestParam(defaultValue = "false") boolean sobujang,
            @RequestParam(defaultValue = "false") boolean root,
            @RequestParam(required = false) List<String> field,
            jakarta.servlet.http.HttpServletRequest request) throws IOException {
        CallFinder.CompanyProfile p = profiles.answers(region, size, sobujang, root, field);
        List<List<String>> rows = finder.find(p).stream().map(f -> List.of(f.call().title(),
                f.eligible() ? text("finder.eligible") : text("finder.notEligible"),
                kr.jiwon.shared.SeoulTime.toOffset(f.call().closesAt()).toLocalDateTime().toString().replace('T', ' '),
                String.join(" / ", f.fits().stream().map(this::text).toList()),
                String.join(" / ", f.missing().stream().map(this::text).toList()))).toList();
        List<String> header = List.of(text("finder.col.call"), text("finder.col.result"),
                text("finder.col.deadline"), text("finder.col.fits"), text("finder.col.missing"));
        return Downloads.sheet(request, "finder", Spreadsheet.withHeader(header).rows(rows), text("finder.title"));
    }

    private String text(CallFinder.Reason r) {
        return messages.getMessage(r.key(), r.args(), r.key(), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
