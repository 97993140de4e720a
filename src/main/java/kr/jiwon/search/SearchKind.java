package kr.jiwon.search;

/** What a search hit is. */
public enum SearchKind {
    CALL, PROGRAM, INSTITUTE, NOTICE
}
