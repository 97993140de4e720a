package kr.jiwon.programs;

import java.util.List;

/**
 * Which research institutes fit a bottleneck a company describes, for the program finder to show beside the
 * calls that fit the company. Programs only asks; the matching module, which knows the institutes, answers.
 */
public interface InstituteAdvice {

    /** One reason an institute fits: a message key (why.TERMS, why.FIELDS, …) and the words behind it. */
    record Reason(String messageKey, List<String> terms) {
    }

    /** One institute with its reasons, best first. */
    record Advice(String institute, String name, List<Reason> reasons) {
    }

    /** The institutes that fit {@code bottleneck} (Korean text), at most {@code k}; none for a blank text. */
    List<Advice> institutesFor(String bottleneck, List<String> fields, String regionCode, int k);
}
