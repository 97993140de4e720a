package kr.jiwon.projects;

import java.time.LocalDate;
import java.util.Locale;
import kr.jiwon.shared.Won;

/**
 * A spending entry as proposed (before the policies): what the company entered or one line of an imported CSV. The
 * invoice number is kept without spaces and dashes, so the same invoice written two ways is one invoice.
 */
public record SpendingEntry(LocalDate spentOn, String payee, Won amount, String category, String description,
        String invoiceNumber, String evidenceSha256) {

    public SpendingEntry {
        invoiceNumber = invoiceNumber == null || invoiceNumber.isBlank()
                ? null
                : invoiceNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        payee = payee == null ? null : payee.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
