package kr.jiwon.outcomes;

import java.util.Locale;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a project's company about its reports and surveys, in the app and by e-mail to the application's contact,
 * with a link to the project's reports page. Subject {@code notify.KIND.subject}, body {@code notify.KIND.body};
 * both get the project's number first.
 */
@Component
class CompanyNotices {

    private final Notifications notifications;
    private final ProjectManagement projects;
    private final MessageSource messages;

    CompanyNotices(Notifications notifications, ProjectManagement projects, MessageSource messages) {
        this.notifications = notifications;
        this.projects = projects;
        this.messages = messages;
    }

    void tell(Project p, String kind, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = p.number();
        System.arraycopy(args, 0, all, 1, args.length);
        notifications.toCompany(p.companyId(), projects.contactEmail(p), text("notify." + kind + ".subject", all),
                text("notify." + kind + ".body", all), "/projects/" + p.id() + "/reports");
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }
}
