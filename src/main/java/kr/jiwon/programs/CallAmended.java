package kr.jiwon.programs;

import java.util.List;

/**
 * A published call was amended (정정공고): who has a stake in it (drafts, saved searches) is told; the board post is
 * {@code noticeId}.
 */
public record CallAmended(long callId, long amendmentId, String title, String reason, List<String> changes,
        Long noticeId) {
}
