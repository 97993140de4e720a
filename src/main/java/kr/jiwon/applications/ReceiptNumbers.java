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

    private final kr.jiwon.notifications.Notifications notifications;
    private final org.springframework.context.MessageSource messages;

    ReceiptNumbers(JdbcTemplate jdbc, kr.jiwon.programs.CallManagement calls,
            kr.jiwon.programs.ProgramManagement programs, kr.jiwon.notifications.Notifications notifications,
            org.springframework.context.MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
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
        java.util.List<Pending> pending = jdbc.query("select id, company_id, contact_email, title, submitted_at "
                + "from application where call_id = ? and status = 'SUBMITTED' and receipt_number is null "
                + "order by submitted_at, id",
                (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()),
                callId);
        if (pending.isEmpty()) {
            return java.util.Map.of();
        }
        kr.jiwon.programs.Call call = calls.call(callId);
        String prefix = prefix(call);
        java.util.Map<Long, String> assigned = new java.util.LinkedHashMap<>();
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        int seq = last == null ? 0 : last;
        for (Pending p : pending) {
            String receipt = "%s-%06d".formatted(prefix, ++seq);
            assigned.put(p.id(), receipt);
            rows.add(new Object[]{receipt, p.id()});
        }
        jdbc.batchUpdate("update application set receipt_number = ? where id = ?", rows);
        jdbc.update("update receipt_counter set last_value = ? where call_id = ?", seq, callId);
        // the company's confirmation, committed with its number
        for (Pending p : pending) {
            notifications.toCompany(kr.jiwon.notifications.NotificationKind.SUBMITTED, p.companyId(), p.email(),
                    text("notify.submitted.subject", call.title(), assigned.get(p.id())),
                    text("notify.submitted.body", p.title(), call.title(), assigned.get(p.id()),
                            kr.jiwon.shared.SeoulTime.notice(p.submittedAt()),
                            kr.jiwon.shared.SeoulTime.notice(call.closesAt())),
                    "/applications/" + p.id() + "/receipt");
        }
        return assigned;
    }

    private record Pending(long id, long companyId, String email, String title, java.time.Instant submittedAt) {
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.KOREAN);
    }

    /** Program code, the year the call opens (Seoul) and its round: {@code SBJ-2026-1}. */
    private String prefix(kr.jiwon.programs.Call call) {
        return programs.code(call.programId()) + "-"
                + call.opensAt().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear() + "-" + call.round();
    }
}
