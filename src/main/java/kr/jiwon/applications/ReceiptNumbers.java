package kr.jiwon.applications;

import java.time.ZoneId;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.Program;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt numbers like {@code SBJ-2026-1-000017}: program code, year the call opened, round, and a sequence without
 * gaps per call. The counter row is incremented inside the submitting transaction, so a rolled-back submission
 * gives its number back and concurrent submissions to one call queue on that row only for the instant of commit.
 */
@Component
class ReceiptNumbers {

    private final JdbcTemplate jdbc;

    ReceiptNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the call has a counter; called outside the submission so its insert never races there. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureCounter(long callId) {
        Integer n = jdbc.queryForObject("select count(*) from receipt_counter where call_id = ?", Integer.class, callId);
        if (n != null && n == 0) {
            try {
                jdbc.update("insert into receipt_counter (call_id, last_value) values (?, 0)", callId);
            } catch (DuplicateKeyException alreadyThere) {
                // another request created it first
            }
        }
    }

    /** The next number; must run inside the submitting transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Call call, Program program) {
        int updated = jdbc.update("update receipt_counter set last_value = last_value + 1 where call_id = ?", call.id());
        if (updated != 1) {
            throw new IllegalStateException("no receipt counter for call " + call.id());
        }
        Integer seq = jdbc.queryForObject("select last_value from receipt_counter where call_id = ?", Integer.class,
                call.id());
        int year = call.opensAt().atZone(ZoneId.of("Asia/Seoul")).getYear();
        return "%s-%d-%d-%06d".formatted(program.code(), year, call.round(), seq);
    }
}
