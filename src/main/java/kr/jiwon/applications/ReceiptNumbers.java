package kr.jiwon.applications;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt numbers like {@code SBJ-2026-1-000017}: program code, year the call opened (in Seoul), round, and a
 * sequence without gaps per call, kept in a counter row per call. See {@link ReceiptDesk} for when numbers are given.
 */
@Component
class ReceiptNumbers {

    private final JdbcTemplate jdbc;
    private final kr.jiwon.programs.CallManagement calls;
    private final kr.jiwon.programs.ProgramManagement programs;

    ReceiptNumbers(JdbcTemplate jdbc, kr.jiwon.programs.CallManagement calls,
            kr.jiwon.programs.ProgramManagement programs) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.programs = programs;
    }

    /** Makes sure the call has a counter; called outside the submission so its insert never races there. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureCounter(long callId) {
        Integer n = jdbc.queryForObject("select count(*) from receipt_counter where call_id = ?", Integer.class,
                callId);
        if (n != null && n == 0) {
            try {
                jdbc.update("insert into receipt_counter (call_id, last_value) values (?, 0)", callId);
            } catch (DuplicateKeyException alreadyThere) {
                // another request created it first
            }
        }
    }

    /**
     * Numbers the call's submitted but unnumbered applications, oldest submission first, and returns id → number.
     * Locks the call's counter row for the rest of the (caller's) transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Map<Long, String> numberPending(long callId) {
        Integer last = jdbc.queryForObject("select last_value from receipt_counter where call_id = ? for update",
                Integer.class, callId);
        java.util.List<Long> pending = jdbc.queryForList("select id from application where call_id = ? and "
                + "status = 'SUBMITTED' and receipt_number is null order by submitted_at, id", Long.class, callId);
        if (pending.isEmpty()) {
            return java.util.Map.of();
        }
        String prefix = prefix(callId);
        java.util.Map<Long, String> assigned = new java.util.LinkedHashMap<>();
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        int seq = last == null ? 0 : last;
        for (Long id : pending) {
            String receipt = "%s-%06d".formatted(prefix, ++seq);
            assigned.put(id, receipt);
            rows.add(new Object[]{receipt, id});
        }
        jdbc.batchUpdate("update application set receipt_number = ? where id = ?", rows);
        jdbc.update("update receipt_counter set last_value = ? where call_id = ?", seq, callId);
        return assigned;
    }

    /** Program code, the year the call opens (Seoul) and its round: {@code SBJ-2026-1}. */
    private String prefix(long callId) {
        kr.jiwon.programs.Call call = calls.call(callId);
        return programs.program(call.programId()).code() + "-"
                + call.opensAt().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear() + "-" + call.round();
    }
}
