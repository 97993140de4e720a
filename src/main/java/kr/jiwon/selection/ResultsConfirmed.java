package kr.jiwon.selection;

import java.time.Instant;

/** A call's selection was confirmed and announced; objections are open until {@code objectionsUntil}. */
public record ResultsConfirmed(long callId, int selected, int notSelected, Instant objectionsUntil) {
}
