package kr.jiwon.projects;

import java.time.Instant;

/** One entry of a project's timeline: what happened (a message key after {@code projectEvent.}), who, when. */
public record ProjectEvent(Instant at, String actor, String kind, String detail) {

    public String messageKey() {
        return "projectEvent." + kind;
    }
}
