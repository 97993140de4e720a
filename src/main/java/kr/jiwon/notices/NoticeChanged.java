package kr.jiwon.notices;

/** A post was written or changed (the search index and alerts follow it). */
public record NoticeChanged(long noticeId) {
}
