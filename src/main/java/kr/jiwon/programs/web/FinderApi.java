package kr.jiwon.programs.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.jiwon.programs.CallFinder;
import kr.jiwon.programs.CallPhase;
import kr.jiwon.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/calls?eligibleFor=profile&region=48250&size=SME&sobujang=true&root=false&field=자동화}, or
 * {@code eligibleFor=me} with a company user's credentials: the calls open now or soon, by deadline, each with
 * whether the company may apply, why it fits and what it lacks.
 */
@RestController
class FinderApi {

    record Fit(long callId, String title, String url, CallPhase phase, Instant closesAt, boolean eligible,
            List<String> fits, List<String> missing) {
    }

    private final CallFinder finder;
    private final Finder profiles;
    private final MessageSource messages;

    FinderApi(CallFinder finder, Finder profiles, MessageSource messages) {
        this.finder = finder;
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping(value = "/api/v1/calls", params = "eligibleFor")
    List<Fit> eligible(@RequestParam String eligibleFor, @RequestParam(required = false) String region,
            @RequestParam(required = false) String size,
            @RequestParam(defaultValue = "false") boolean sobujang,
            @RequestParam(defaultValue = "false") boolean root,
            @RequestParam(required = false) List<String> field, Optional<CurrentUser> user) {
        CallFinder.CompanyProfile p;
        if ("me".equals(eligibleFor)) {
            p = profiles.companyOf(user).map(Finder::of).orElseThrow(
                    () -> new AuthenticationCredentialsNotFoundException("a company user's credentials are needed"));
        } else if ("profile".equals(eligibleFor)) {
            p = profiles.answers(region, size, sobujang, root, field);
        } else {
            throw kr.jiwon.shared.InvalidInputException.of("eligibleFor", "finder.eligibleFor");
        }
        return finder.find(p).stream().map(f -> new Fit(f.call().id(), f.call().title(), "/calls/" + f.call().id(),
                f.phase(), f.call().closesAt(), f.eligible(), f.fits().stream().map(this::text).toList(),
                f.missing().stream().map(this::text).toList())).toList();
    }

    private String text(CallFinder.Reason r) {
        return messages.getMessage(r.key(), r.args(), r.key(), LocaleContextHolder.getLocale());
    }
}
