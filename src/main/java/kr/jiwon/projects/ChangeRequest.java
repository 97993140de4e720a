package kr.jiwon.projects;

import java.time.LocalDate;
import kr.jiwon.shared.Won;

/** What a company asks to change in a signed agreement; which fields matter depends on the kind. */
public record ChangeRequest(AgreementChange.Kind kind, String reason, String fromCategory, String toCategory,
        Won amount, LocalDate newEnd) {
}
