package kr.jiwon.projects.web;

import java.io.Serializable;
import java.util.List;

/**
 * One line of a checked CSV as the page shows it (kept in the session between the dry run and the page, so it is
 * plain text): its line number, what was read and the problems in the reader's language.
 */
public record ImportRow(int line, String date, String payee, String amount, String category, String invoice,
        List<String> problems) implements Serializable {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
