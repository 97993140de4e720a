package kr.jiwon.projects;

import java.util.List;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.Won;

/** The outcome of checking (and perhaps storing) an imported CSV: every line with its problems. */
public record SpendingImport(List<Line> lines, boolean stored) {

    public SpendingImport {
        lines = List.copyOf(lines);
    }

    /** A line of the file (its number in the file, counting the header as line 1) and what is wrong with it. */
    public record Line(int lineNumber, SpendingEntry entry, List<FieldViolation> problems) {

        public Line {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public boolean ok() {
        return !lines.isEmpty() && lines.stream().allMatch(Line::ok);
    }

    public long failing() {
        return lines.stream().filter(l -> !l.ok()).count();
    }

    public Won total() {
        return lines.stream().filter(l -> l.entry() != null && l.entry().amount() != null)
                .map(l -> l.entry().amount()).reduce(Won.ZERO, Won::plus);
    }

    SpendingImport applied() {
        return new SpendingImport(lines, true);
    }
}
