package kr.jiwon.notices;

/** What a search hit is. */
public enum SearchKind {
    CALL, PROGRAM, INSTITUTE, NOTICE
}
