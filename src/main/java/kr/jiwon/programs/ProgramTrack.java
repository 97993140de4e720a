package kr.jiwon.programs;

import kr.jiwon.shared.Won;

/**
 * A track as the program publishes it (e.g. 소부장 일반형 ≤ 5,000만원, ≤ 12개월, one institute or more; 융합형 ≤ 2억원
 * with two or more): the most a call of the program may offer in that track, unless the officer gives a reason.
 */
public record ProgramTrack(String code, String name, Won cap, int maxMonths, int minInstitutes) {
}
