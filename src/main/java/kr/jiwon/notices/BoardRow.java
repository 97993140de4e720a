package kr.jiwon.notices;

import java.time.Instant;

/** A line of the board: 번호 (counted from the oldest), 제목, 글쓴이, 날짜, 조회수, and whether it is new. */
public record BoardRow(long number, long id, NoticeCategory category, String title, String author, Instant publishAt,
        long viewCount, boolean isNew, int attachments) {
}
