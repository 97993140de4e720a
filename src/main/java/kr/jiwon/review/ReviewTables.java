package kr.jiwon.review;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's review as tables for officers and auditors: every score sheet (with its reviewer, the scores per
 * criterion, the comment and its reopenings) and the aggregated score of each application with its 가점. The office
 * page's downloads and the call's audit package both use these.
 */
@Service
@Transactional(readOnly = true)
public class ReviewTables {

    private final Scoring scoring;
    private final ScoreAggregation aggregation;
    private final ReviewerPool pool;
    private final ApplicationManagement applications;
    private final MessageSource messages;

    ReviewTables(Scoring scoring, ScoreAggregation aggregation, ReviewerPool pool, ApplicationManagement applications,
            MessageSource messages) {
        this.scoring = scoring;
        this.aggregation = aggregation;
        this.pool = pool;
        this.applications = applications;
        this.messages = messages;
    }

    /** Every score sheet of the call (selection review, then final evaluation), by application and reviewer. */
    public Spreadsheet scoreSheets(long callId) {
        Map<Long, String> receipt = receipts(callId);
        Map<Long, String> names = new HashMap<>();
        Spreadsheet s = Spreadsheet.withHeader("평가표", "접수번호", "심사 단계", "심사위원 번호", "심사위원", "항목별 점수", "의견",
                "상태", "제출 일시", "재개 횟수", "재개 사유");
        for (ScoreSheet sheet : scoring.allSheetsOf(callId)) {
            s.row(sheet.id(), receipt.get(sheet.applicationId()), text("scoreSheetRound." + sheet.round().name()),
                    sheet.reviewerId(), names.computeIfAbsent(sheet.reviewerId(), id -> pool.reviewer(id).name()),
                    sheet.scores().toString(), sheet.comment(), text("scoreSheetStatus." + sheet.status().name()),
                    SeoulTime.wallClock(sheet.submittedAt()), sheet.reopenCount(), sheet.reopenReason());
        }
        return s;
    }

    /** The aggregated score of each application: the reviewers' score, the 가점 with its grounds, the total. */
    public Spreadsheet scores(long callId) {
        Map<Long, String> receipt = receipts(callId);
        Spreadsheet s = Spreadsheet.withHeader("접수번호", "평가 점수", "가점", "가점 근거", "합계", "제출된 평가표", "완료");
        for (ApplicationScore a : aggregation.scores(callId).values()) {
            s.row(receipt.get(a.applicationId()), a.reviewScore(), a.bonus(), String.join(", ", a.bonusRules()),
                    a.total(), a.submitted() + "/" + a.assigned(), a.complete() ? "예" : "아니오");
        }
        return s;
    }

    private Map<Long, String> receipts(long callId) {
        Map<Long, String> out = new HashMap<>();
        for (Application a : applications.handedIn(callId)) {
            out.put(a.id(), a.receiptNumber());
        }
        return out;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.KOREAN);
    }

}
