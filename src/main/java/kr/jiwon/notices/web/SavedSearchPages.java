package kr.jiwon.notices.web;

import jakarta.servlet.http.HttpServletRequest;
import kr.jiwon.accounts.Account;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.audit.Actor;
import kr.jiwon.notices.SavedSearch;
import kr.jiwon.notices.SavedSearches;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.security.core.Authentication;
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
    private final AccountManagement accounts;

    SavedSearchPages(SavedSearches saved, AccountManagement accounts) {
        this.saved = saved;
        this.accounts = accounts;
    }

    @GetMapping("/my/saved-searches")
    String showList(Authentication auth, Model model) {
        model.addAttribute("searches", saved.of(auth.getName()));
        return "notices/saved";
    }

    @PostMapping("/my/saved-searches")
    String processSave(@RequestParam SavedSearch.Kind kind, @RequestParam(defaultValue = "") String name,
                       @RequestParam(defaultValue = "") String query, Authentication auth, HttpServletRequest req,
                       RedirectAttributes flash) {
        Account account = accounts.find(auth.getName()).orElseThrow();
        try {
            saved.save(account.username(), account.email(), kind, name, query,
                    Actor.from(auth, req.getRemoteAddr()));
            flash.addFlashAttribute("notice", "savedSearch.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/my/saved-searches";
    }

    @PostMapping("/my/saved-searches/{id}/delete")
    String processDelete(@PathVariable long id, Authentication auth, RedirectAttributes flash) {
        saved.delete(auth.getName(), id);
        flash.addFlashAttribute("notice", "savedSearch.deleted");
        return "redirect:/my/saved-searches";
    }

    @GetMapping("/alerts/unsubscribe/{key}")
    String unsubscribe(@PathVariable String key, Model model) {
        if (!key.matches("[0-9a-f]{48}")) {
            throw new NotFoundException("savedSearch.notFound", key);
        }
        model.addAttribute("name", saved.unsubscribe(key));
        return "notices/unsubscribed";
    }
}
