package kr.jiwon.institutes;

/** An institute's capability profile was edited (matching rebuilds its index). */
public record InstituteProfileChanged(String shortName) {
}
