package kr.jiwon.programs;

import kr.jiwon.shared.Won;

/**
 * A track of a call (e.g. 일반형 ≤ 5,000만원 / 12개월, 융합형 ≤ 2억원 with two or more institutes), optionally with a
 * budget of its own inside the round budget.
 */
public record Track(String code, String name, Won cap, int maxMonths, Won budget, int minInstitutes) {
}
