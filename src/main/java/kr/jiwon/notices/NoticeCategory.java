package kr.jiwon.notices;

/** The board's categories, in tab order. */
public enum NoticeCategory {
    NOTICE, CALL, PRESS, ESG
}
