package kr.jiwon.notifications.web;

import java.util.Optional;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.shared.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unseen notifications beside 알림 in every page's header, for a signed-in user (pages only, on GET:
 * one count query; the signed-in user is the one the request already resolved).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadCount {

    private final Notifications notifications;

    UnreadCount(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(Optional<CurrentUser> user, jakarta.servlet.http.HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || user.isEmpty()) {
            return 0L;
        }
        return notifications.unread(user.get().username(), user.get().companyId());
    }
}
