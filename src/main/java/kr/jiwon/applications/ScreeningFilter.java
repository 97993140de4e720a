package kr.jiwon.applications;

/** Filters of the officer's list of a call's applications; null means any. {@code region} is a 시도 or 시군구 code. */
public record ScreeningFilter(ApplicationStatus status, String track, String region, Boolean declineArea,
        String field) {

    public ScreeningFilter {
        track = blankToNull(track);
        region = blankToNull(region);
        field = blankToNull(field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static ScreeningFilter none() {
        return new ScreeningFilter(null, null, null, null, null);
    }
}
