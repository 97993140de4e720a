package kr.jiwon.selection;

import java.time.Instant;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An applicant's objection (이의신청) to a decision, and the officer's answer: upheld or rejected. */
@Table("objection")
public class Objection {

    public enum Status {
        OPEN, UPHELD, REJECTED
    }

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long callId;
    private final Long applicationId;
    private final Long companyId;
    private final String text;
    private final Instant lodgedAt;
    private final String lodgedBy;
    private Status status;
    private String answer;
    private Instant answeredAt;
    private String answeredBy;

    @PersistenceCreator
    Objection(Long id, Long version, Long callId, Long applicationId, Long companyId, String text, Instant lodgedAt,
            String lodgedBy, Status status, String answer, Instant answeredAt, String answeredBy) {
        this.id = id;
        this.version = version;
        this.callId = callId;
        this.applicationId = applicationId;
        this.companyId = companyId;
        this.text = text;
        this.lodgedAt = lodgedAt;
        this.lodgedBy = lodgedBy;
        this.status = status;
        this.answer = answer;
        this.answeredAt = answeredAt;
        this.answeredBy = answeredBy;
    }

    static Objection lodge(long callId, long applicationId, long companyId, String text, String by, Instant now) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "objection.textRequired");
        }
        if (text.length() > 4000) {
            throw InvalidInputException.of("text", "field.tooLong", 4000);
        }
        return new Objection(null, null, callId, applicationId, companyId, text.strip(), now, by, Status.OPEN, null,
                null, null);
    }

    void answer(boolean upheld, String text, String by, Instant now) {
        if (status != Status.OPEN) {
            throw InvalidInputException.of("status", "objection.alreadyAnswered");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("answer", "objection.answerRequired");
        }
        status = upheld ? Status.UPHELD : Status.REJECTED;
        answer = text.strip();
        answeredBy = by;
        answeredAt = now;
    }

    public Long id() {
        return id;
    }

    public Long callId() {
        return callId;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long companyId() {
        return companyId;
    }

    public String text() {
        return text;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }

    public String lodgedBy() {
        return lodgedBy;
    }

    public Status status() {
        return status;
    }

    public String answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }
}
