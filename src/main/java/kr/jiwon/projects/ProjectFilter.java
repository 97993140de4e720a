package kr.jiwon.projects;

/**
 * The officer's list filters: a call, a program (by code), a status, words in the number, title or company, and
 * {@code owing}: only projects that still owe part of what their settlement asked back.
 */
public record ProjectFilter(Long callId, String programCode, ProjectStatus status, String q, boolean owing) {

    /** Whether the project matches; the company's name is looked up only when there are words to match. */
    boolean matches(Project p, java.util.function.Supplier<String> companyName) {
        if (callId != null && !callId.equals(p.callId())) {
            return false;
        }
        if (programCode != null && !programCode.isBlank() && !programCode.equals(p.programCode())) {
            return false;
        }
        if (status != null && status != p.status()) {
            return false;
        }
        if (owing && p.outstanding().amount() == 0) {
            return false;
        }
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.strip();
        return p.number().contains(needle) || p.plan().planTitle().contains(needle)
                || companyName.get().contains(needle);
    }
}
