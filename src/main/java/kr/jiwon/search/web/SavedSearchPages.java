package kr.jiwon.search.web;

import kr.jiwon.search.SavedSearch;
import kr.jiwon.search.SavedSearches;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's saved searches and finder profiles, and the one-click unsubscribe link of the alert e-mails. */
@Controller
class SavedSearchPages {

    private final SavedSearches saved;

    SavedSearchPages(SavedSearches saved) {
        this.saved = saved;
    }

    @GetMapping("/my/saved-searches")
    String showList(CurrentUser user, Model model) {
        model.addAttribute("searches", saved.of(user.username()));
        return "search/saved";
    }

    @PostMapping("/my/saved-searches")
    String processSave(@RequestParam SavedSearch.Kind kind, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String query, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        try {
            saved.save(user.username(), user.email(), kind, name, query, actor);
            flash.addFlashAttribute("notice", "savedSearch.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/my/saved-searches";
    }

    @PostMapping("/my/saved-searches/{id}/alerts")
    String processAlerts(@PathVariable long id, @RequestParam boolean on, CurrentUser user,
            RedirectAttributes flash) {
        saved.alerts(user.username(), id, on);
        flash.addFlashAttribute("notice", on ? "savedSearch.resumed" : "savedSearch.paused");
        return "redirect:/my/saved-searches";
    }

    @PostMapping("/my/saved-searches/{id}/delete")
    String processDelete(@PathVariable long id, CurrentUser user, RedirectAttributes flash) {
        saved.delete(user.username(), id);
        flash.addFlashAttribute("notice", "savedSearch.deleted");
        return "redirect:/my/saved-searches";
    }

    /**
     * The alert mail's link asks before it stops anything: mail scanners and link previews open links, and opening
     * one must not unsubscribe anybody.
     */
    @GetMapping("/alerts/unsubscribe/{key}")
    String showUnsubscribe(@PathVariable String key, Model model) {
        model.addAttribute("subscription", saved.subscription(checked(key)));
        model.addAttribute("key", key);
        return "search/unsubscribe";
    }

    /** The page's button, or a mail program's one-click POST (RFC 8058; the key is the only credential). */
    @PostMapping("/alerts/unsubscribe/{key}")
    String processUnsubscribe(@PathVariable String key, Model model) {
        model.addAttribute("subscription", new SavedSearches.Subscription(saved.unsubscribe(checked(key)), false));
        model.addAttribute("key", key);
        return "search/unsubscribe";
    }

    private static String checked(String key) {
        if (!key.matches("[0-9a-f]{48}")) {
            throw new NotFoundException("savedSearch.notFound", key);
        }
        return key;
    }
}
