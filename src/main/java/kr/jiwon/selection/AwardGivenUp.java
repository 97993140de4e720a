package kr.jiwon.selection;

/** A selected company gave its award up before the agreement (선정 포기); its amount is free in the call's round. */
public record AwardGivenUp(long callId, long applicationId, long amountWon) {
}
