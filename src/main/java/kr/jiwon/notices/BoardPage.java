package kr.jiwon.notices;

import java.util.List;

/** One page of the board (20 posts), newest first. */
public record BoardPage(NoticeCategory category, List<BoardRow> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
