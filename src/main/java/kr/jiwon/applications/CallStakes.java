package kr.jiwon.applications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.CallAmended;
import kr.jiwon.programs.CallCommitments;
import kr.jiwon.shared.Won;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What companies have at stake in a call: the applications they handed in bound what an amendment (정정공고) may
 * change, and every company with an application — a draft, a submitted or a withdrawn one — is told of the amendment
 * in the same transaction that records it.
 */
@Component
class CallStakes implements CallCommitments {

    private static final String HANDED_IN = "status not in ('DRAFT', 'WITHDRAWN')";

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MessageSource messages;

    CallStakes(JdbcClient jdbc, Notifications notifications, MessageSource messages) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.messages = messages;
    }

    @Override
    public Committed of(long callId) {
        Map<String, Won> largest = new HashMap<>();
        Map<String, Integer> longest = new HashMap<>();
        long[] submitted = {0};
        jdbc.sql("select track_code, count(*), max(requested_amount), max(duration_months) from application"
                + " where call_id = ? and " + HANDED_IN + " group by track_code")
                .param(callId)
                .query(rs -> {
                    submitted[0] += rs.getLong(2);
                    long amount = rs.getLong(3);
                    if (!rs.wasNull()) {
                        largest.put(rs.getString(1), Won.of(amount));
                    }
                    int months = rs.getInt(4);
                    if (!rs.wasNull()) {
                        longest.put(rs.getString(1), months);
                    }
                });
        return new Committed(submitted[0], largest, longest);
    }

    @EventListener
    void on(CallAmended e) {
        record Stake(long companyId, String email) {
        }
        List<Stake> stakes = jdbc.sql("select company_id, max(contact_email) from application where call_id = ?"
                + " group by company_id order by company_id")
                .param(e.callId())
                .query((rs, i) -> new Stake(rs.getLong(1), rs.getString(2)))
                .list();
        String subject = messages.getMessage("notify.amended.subject", new Object[]{e.title()}, Locale.KOREAN);
        String body = messages.getMessage("notify.amended.body",
                new Object[]{e.title(), e.reason(), "- " + String.join("\n- ", e.changes())}, Locale.KOREAN);
        stakes.forEach(s -> notifications.toCompany(NotificationKind.CALL_AMENDED, s.companyId(), s.email(), subject,
                body, "/calls/" + e.callId()));
    }
}
