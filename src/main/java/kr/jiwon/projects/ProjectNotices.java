package kr.jiwon.projects;

import java.util.Locale;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.notifications.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells the project's company (in the app and by e-mail to the application's contact) what happened and where. */
@Component
public class ProjectNotices {

    private final Notifications notifications;
    private final ApplicationManagement applications;
    private final InstituteManagement institutes;
    private final MessageSource messages;

    ProjectNotices(Notifications notifications, ApplicationManagement applications, InstituteManagement institutes,
            MessageSource messages) {
        this.notifications = notifications;
        this.applications = applications;
        this.institutes = institutes;
        this.messages = messages;
    }

    /** Subject {@code notify.project.KIND.subject}, body {@code notify.project.KIND.body}; both get the number first. */
    void toCompany(Project p, String kind, Object... args) {
        tell(kr.jiwon.notifications.NotificationKind.PROJECT, p, "notify.project." + kind, "/projects/" + p.id(),
                args);
    }

    /**
     * Tells the coordinators of each institute taking part in the project: subject and body
     * {@code notify.project.institute.KIND.*}, with the project's number and title first.
     */
    void toInstitutes(Project p, String kind, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = p.number();
        all[1] = p.plan().planTitle();
        System.arraycopy(args, 0, all, 2, args.length);
        String prefix = "notify.project.institute." + kind;
        for (String name : p.institutes()) {
            institutes.find(name).ifPresent(i -> notifications.toInstitute(
                    kr.jiwon.notifications.NotificationKind.PROJECT, i.id(), text(prefix + ".subject", all),
                    text(prefix + ".body", all), "/projects/" + p.id()));
        }
    }

    /** A message in Korean (what notices and recorded reasons are written in). */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }

    /**
     * Tells the project's company of one of its duties after the agreement (a report, a survey): subject
     * {@code PREFIX.subject} and body {@code PREFIX.body} (both get the project's number first, then the arguments)
     * and a link to where it is to be done.
     */
    public void tellOfDuty(Project p, String keyPrefix, String link, Object... args) {
        tell(kr.jiwon.notifications.NotificationKind.REPORT, p, keyPrefix, link, args);
    }

    private void tell(kr.jiwon.notifications.NotificationKind kind, Project p, String keyPrefix, String link,
            Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = p.number();
        System.arraycopy(args, 0, all, 1, args.length);
        String email = applications.forMatching(p.applicationId()).contactEmail();
        notifications.toCompany(kind, p.companyId(), email, text(keyPrefix + ".subject", all), text(keyPrefix + ".body",
                all), link);
    }

}
