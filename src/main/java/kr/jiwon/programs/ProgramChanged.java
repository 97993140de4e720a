package kr.jiwon.programs;

/** A program was created or changed (search follows it). */
public record ProgramChanged(long programId) {
}
