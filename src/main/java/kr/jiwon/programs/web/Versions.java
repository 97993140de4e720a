package kr.jiwon.programs.web;

/** Optimistic versions over HTTP: an {@code ETag} of "v3" names version 3, and {@code If-Match} sends it back. */
final class Versions {

    private Versions() {
    }

    static String etag(Long version) {
        return "\"v" + (version == null ? 0 : version) + "\"";
    }

    /** The version an If-Match header names ("v3", W/"v3" or 3), or null without one. */
    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String digits = ifMatch.replaceAll("^W/", "").replace("\"", "").replaceFirst("^v", "").strip();
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }
}
