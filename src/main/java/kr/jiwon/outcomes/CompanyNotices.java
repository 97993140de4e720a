package kr.jiwon.outcomes;

import java.util.Locale;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectNotices;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a project's company about its reports and surveys, in the app and by e-mail to the application's contact,
 * with a link to the project's reports page. Subject {@code notify.KIND.subject}, body {@code notify.KIND.body};
 * both get the project's number first.
 */
@Component
class CompanyNotices {

    private final ProjectNotices notices;
    private final MessageSource messages;

    CompanyNotices(ProjectNotices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    void tell(Project p, String kind, Object... args) {
        notices.tellOfDuty(p, "notify." + kind, "/projects/" + p.id() + "/reports", args);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }
}
