package kr.jiwon.applications;

import java.time.Instant;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 보완 요청: what an officer asked a company to hand in during 요건검토 (a message, optionally the call's required
 * document it concerns) and by when; answered once, by the company, before the deadline, with files and a note.
 */
@Table("supplement_request")
public class SupplementRequest {

    /** Where a request stands. */
    public enum State {
        /** Waiting for the company, deadline not passed. */
        OPEN,
        /** The company handed in its answer. */
        ANSWERED,
        /** The deadline passed without an answer. */
        OVERDUE
    }

    @Id
    private Long id;
    private final Long applicationId;
    private final Long callId;
    private final String message;
    private final String slot;
    private final Instant dueAt;
    private final String requestedBy;
    private final Instant requestedAt;
    private String answeredBy;
    private Instant answeredAt;
    private String answerNote;

    @PersistenceCreator
    SupplementRequest(Long id, Long applicationId, Long callId, String message, String slot, Instant dueAt,
            String requestedBy, Instant requestedAt, String answeredBy, Instant answeredAt, String answerNote) {
        this.id = id;
        this.applicationId = applicationId;
        this.callId = callId;
        this.message = message;
        this.slot = slot;
        this.dueAt = dueAt;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.answerNote = answerNote;
    }

    /** A new request; the message says what is missing, the deadline lies after {@code now}. */
    static SupplementRequest ask(Application a, String message, String slot, Instant dueAt, String by, Instant now) {
        if (message == null || message.isBlank()) {
            throw InvalidInputException.of("message", "supplement.messageRequired");
        }
        if (message.strip().length() > 2000) {
            throw InvalidInputException.of("message", "supplement.messageTooLong", "2000");
        }
        if (dueAt == null || !dueAt.isAfter(now)) {
            throw InvalidInputException.of("dueAt", "supplement.dueInPast");
        }
        if (dueAt.isAfter(now.plus(java.time.Duration.ofDays(30)))) {
            throw InvalidInputException.of("dueAt", "supplement.dueTooFar", "30");
        }
        return new SupplementRequest(null, a.id(), a.callId(), message.strip(),
                slot == null || slot.isBlank() ? null : slot.strip(), dueAt, by, now, null, null, null);
    }

    /** The company's answer: once, before the deadline, with at least one file or a note. */
    void answer(String note, int files, String by, Instant now) {
        if (answeredAt != null) {
            throw InvalidInputException.of("note", "supplement.alreadyAnswered");
        }
        if (now.isAfter(dueAt)) {
            throw InvalidInputException.of("note", "supplement.overdue");
        }
        if (files == 0 && (note == null || note.isBlank())) {
            throw InvalidInputException.of("note", "supplement.emptyAnswer");
        }
        if (note != null && note.strip().length() > 2000) {
            throw InvalidInputException.of("note", "supplement.messageTooLong", "2000");
        }
        answeredBy = by;
        answeredAt = now;
        answerNote = note == null || note.isBlank() ? null : note.strip();
    }

    public State state(Instant now) {
        return answeredAt != null ? State.ANSWERED : now.isAfter(dueAt) ? State.OVERDUE : State.OPEN;
    }

    /** Whether the company may still add files and answer. */
    public boolean acceptsAnswer(Instant now) {
        return state(now) == State.OPEN;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long callId() {
        return callId;
    }

    public String message() {
        return message;
    }

    public String slot() {
        return slot;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answerNote() {
        return answerNote;
    }
}
