package kr.jiwon.institutes;

/** An institute was added or its capability profile edited (matching rebuilds its index). */
public record InstituteProfileChanged(String shortName) {
}
