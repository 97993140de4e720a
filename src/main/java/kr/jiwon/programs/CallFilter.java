package kr.jiwon.programs;

/**
 * Which calls to list: by status, only those open now, by a priority field (of the call or its program), or
 * those a company in a region may apply to (calls limited to other regions are left out). Null means any.
 */
public record CallFilter(CallStatus status, boolean openNow, String field, String region, boolean includeDrafts) {

    public static CallFilter published() {
        return new CallFilter(null, false, null, null, false);
    }
}
