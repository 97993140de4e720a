package kr.jiwon.notifications;

import java.util.List;
import kr.jiwon.shared.Role;

/**
 * What a notification tells of. Each kind appears in the app; people choose per kind whether it also comes by
 * e-mail, except for decisions that are official notice to the company (the selection result, the project and its
 * agreement), which are always e-mailed.
 */
public enum NotificationKind {

    SUBMITTED(true, Role.APPLICANT), WITHDRAWN(true, Role.APPLICANT), SCREENING(true,
            Role.APPLICANT), INSTITUTE_REQUEST(true, Role.INSTITUTE), REVIEW_ASSIGNED(true,
                    Role.REVIEWER), REMINDER(true, Role.REVIEWER, Role.INSTITUTE), OBJECTION(true, Role.APPLICANT,
                            Role.OFFICER), RESULT(false, Role.APPLICANT), PROJECT(false, Role.APPLICANT,
                                    Role.INSTITUTE), REPORT(true,
                                            Role.APPLICANT), SAVED_SEARCH(true, Role.APPLICANT, Role.OFFICER,
                                                    Role.REVIEWER,
                                                    Role.INSTITUTE, Role.ADMIN), CALL_AMENDED(false,
                                                            Role.APPLICANT), SUPPLEMENT(false, Role.APPLICANT,
                                                                    Role.OFFICER), CONFLICT(false,
                                                                            Role.OFFICER), ACCOUNT(
                                                                                    false), GENERAL(false);

    private final boolean emailOptional;
    private final List<Role> roles;

    NotificationKind(boolean emailOptional, Role... roles) {
        this.emailOptional = emailOptional;
        this.roles = List.of(roles);
    }

    /** Whether people may turn the e-mail of this kind off. */
    public boolean emailOptional() {
        return emailOptional;
    }

    /** Whether someone with the role receives this kind (and so sees it among their e-mail choices). */
    public boolean reaches(Role role) {
        return roles.contains(role);
    }

    public String messageKey() {
        return "notificationKind." + name();
    }
}
