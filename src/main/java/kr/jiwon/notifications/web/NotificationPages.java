package kr.jiwon.notifications.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.jiwon.notifications.Notification;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user's notifications: their company's and their own, newest first. */
@Controller
class NotificationPages {

    private final Notifications notifications;
    private final kr.jiwon.audit.AuditLog audit;

    NotificationPages(Notifications notifications, kr.jiwon.audit.AuditLog audit) {
        this.notifications = notifications;
        this.audit = audit;
    }

    @GetMapping("/my/notifications")
    String showNotifications(CurrentUser user, Model model) {
        List<Notification> all = new ArrayList<>(notifications.ofUser(user.username()));
        if (user.companyId() != null) {
            all.addAll(notifications.ofCompany(user.companyId()));
        }
        all.sort(Comparator.comparing(Notification::id).reversed());
        model.addAttribute("notifications", all);
        model.addAttribute("newCount", all.stream().filter(Notification::unread).count());
        // shown now: they are read from here on (the list still marks which were new on this visit)
        notifications.markRead(user.username(), user.companyId());
        model.addAttribute("unreadNotifications", 0L);
        return "notifications/list";
    }

    /**
     * Officers: the e-mail outbox — how many wait, and each e-mail that failed with its error and next attempt (a
     * view of addresses, so it is in the access log).
     */
    @GetMapping("/office/mail")
    String showOutbox(kr.jiwon.shared.Actor actor, Model model) {
        Notifications.Outbox outbox = notifications.outbox();
        audit.recordView(actor, "MAIL_OUTBOX_VIEW", "NOTIFICATION", null, outbox.failing().size() + " failing");
        model.addAttribute("outbox", outbox);
        return "notifications/office-mail";
    }

    @GetMapping("/my/notifications/settings")
    String showSettings(CurrentUser user, Model model) {
        model.addAttribute("choices", notifications.emailChoices(user));
        model.addAttribute("forCompany", user.companyId() != null);
        return "notifications/settings";
    }

    @org.springframework.web.bind.annotation.PostMapping("/my/notifications/settings")
    String saveSettings(CurrentUser user,
            @org.springframework.web.bind.annotation.RequestParam(name = "email", required = false) List<kr.jiwon.notifications.NotificationKind> email,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        notifications.chooseEmail(user, email == null ? java.util.Set.of() : java.util.EnumSet.copyOf(email));
        redirect.addFlashAttribute("success", "notifications.settings.saved");
        return "redirect:/my/notifications/settings";
    }
}
