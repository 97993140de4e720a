package kr.jiwon.shared;

/** What a user does in Jiwon; each account has exactly one role. */
public enum Role {

    /** A company's user who applies to calls. */
    APPLICANT,
    /** A research institute's coordinator. */
    INSTITUTE,
    /** An expert who scores applications. */
    REVIEWER,
    /** A program officer who runs calls. */
    OFFICER,
    /** Administers the platform. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
