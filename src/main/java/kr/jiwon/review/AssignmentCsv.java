package kr.jiwon.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk assignment as a spreadsheet, as HotCRP does: export the current (or proposed) assignment as CSV, edit it,
 * import it with a dry run that reports every problem by line, and apply it all-or-nothing.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentCsv {

    static final String APPLICATION = "신청ID";
    static final String REVIEWER = "심사위원ID";
    private static final String[] HEADER = {APPLICATION, "접수번호", "과제명", "기업", REVIEWER, "심사위원", "적합도"};

    /** A problem on one line of an imported file (line 1 is the header). */
    public record Problem(int line, String messageKey, Object[] args) {
    }

    /** What an import found; applied only when {@code problems} is empty and it was not a dry run. */
    public record ImportReport(int rows, List<Problem> problems, List<AssignmentOutcome.Pair> pairs,
            boolean applied) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ReviewerAssignment assignment;
    private final ReviewCases cases;
    private final ReviewPanel pool;
    private final ConflictCheck conflicts;
    private final ReviewPlanning planning;
    private final AuditLog audit;
    private final kr.jiwon.programs.CallManagement calls;

    AssignmentCsv(ReviewerAssignment assignment, ReviewCases cases, ReviewPanel pool, ConflictCheck conflicts,
            ReviewPlanning planning, AuditLog audit, kr.jiwon.programs.CallManagement calls) {
        this.calls = calls;
        this.assignment = assignment;
        this.cases = cases;
        this.pool = pool;
        this.conflicts = conflicts;
        this.planning = planning;
        this.audit = audit;
    }

    /** The stored assignment as UTF-8 CSV with a BOM (so Excel opens Korean correctly). */
    public byte[] export(long callId) {
        kr.jiwon.shared.Spreadsheet sheet = kr.jiwon.shared.Spreadsheet.withHeader(HEADER);
        for (ReviewerAssignment.Assigned a : assignment.current(callId)) {
            sheet.row(a.applicationId(), a.receiptNumber(), a.title(), a.companyName(), a.reviewerId(),
                    a.reviewerName(), a.fit());
        }
        return sheet.csv();
    }

    /** Checks an edited file; if {@code apply} and nothing is wrong, replaces the call's assignment with it. */
    @Transactional
    public ImportReport importFile(long callId, InputStream in, boolean apply, Actor actor) {
        List<Problem> problems = new ArrayList<>();
        if (calls.call(callId).status().selectionAnnounced()) {
            // its applications are no longer under review: each line would be "not an application of this call"
            problems.add(new Problem(0, "assignmentCsv.reviewOver", new Object[0]));
            return new ImportReport(0, problems, List.of(), false);
        }
        List<AssignmentOutcome.Pair> pairs = new ArrayList<>();
        int rows = 0;
        Map<Long, ReviewCase> apps = new LinkedHashMap<>();
        cases.eligible(callId).forEach(c -> apps.put(c.applicationId(), c));
        Map<Long, Reviewer> reviewers = new HashMap<>();
        pool.panel(callId).forEach(r -> reviewers.put(r.id(), r));
        Map<String, String> dismissed = conflicts.dismissals(callId);
        Set<String> seen = new HashSet<>();
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Integer> perApp = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .setIgnoreEmptyLines(true).get())
                .get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            if (!header.contains(APPLICATION) || !header.contains(REVIEWER)) {
                problems.add(new Problem(1, "assignmentCsv.header", new Object[]{APPLICATION, REVIEWER}));
                return new ImportReport(0, problems, List.of(), false);
            }
            int appCol = header.indexOf(APPLICATION);
            int revCol = header.indexOf(REVIEWER);
            for (CSVRecord rec : parser) {
                rows++;
                int line = (int) rec.getRecordNumber() + 1;
                Long appId = number(rec, appCol);
                Long revId = number(rec, revCol);
                if (appId == null || !apps.containsKey(appId)) {
                    problems.add(
                            new Problem(line, "assignmentCsv.unknownApplication", new Object[]{value(rec, appCol)}));
                    continue;
                }
                if (revId == null || !reviewers.containsKey(revId)) {
                    problems.add(new Problem(line, "assignmentCsv.unknownReviewer", new Object[]{value(rec, revCol)}));
                    continue;
                }
                if (!seen.add(appId + "/" + revId)) {
                    problems.add(new Problem(line, "assignmentCsv.duplicate", new Object[]{appId, revId}));
                    continue;
                }
                Reviewer r = reviewers.get(revId);
                ReviewCase c = apps.get(appId);
                List<Conflict> found = conflicts.conflicts(r, c, dismissed).stream().filter(x -> !x.dismissed())
                        .toList();
                if (!found.isEmpty()) {
                    problems.add(new Problem(line, "assignmentCsv.conflict",
                            new Object[]{r.name(), c.receiptNumber(), found.get(0).policy()}));
                    continue;
                }
                load.merge(revId, 1, Integer::sum);
                perApp.merge(appId, 1, Integer::sum);
                pairs.add(new AssignmentOutcome.Pair(appId, revId, ReviewerAssignment.fit(r, c)));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(new Problem(0, "assignmentCsv.unreadable", new Object[]{e.getMessage()}));
            return new ImportReport(rows, problems, List.of(), false);
        }
        ReviewPlan plan = planning.plan(callId);
        load.forEach((r, n) -> {
            if (n > plan.maxLoad()) {
                problems.add(new Problem(0, "assignmentCsv.overload",
                        new Object[]{reviewers.get(r).name(), n, plan.maxLoad()}));
            }
        });
        apps.values().forEach(c -> {
            int n = perApp.getOrDefault(c.applicationId(), 0);
            if (n != plan.reviewersPerApplication()) {
                problems.add(new Problem(0, "assignmentCsv.count",
                        new Object[]{c.receiptNumber(), n, plan.reviewersPerApplication()}));
            }
        });
        boolean applied = apply && problems.isEmpty();
        if (applied) {
            assignment.replace(callId, pairs, actor);
            audit.recordChange(actor, "REVIEW_ASSIGN_IMPORT", "CALL", callId, pairs.size() + " pairs");
        }
        return new ImportReport(rows, problems, pairs, applied);
    }

    private static String value(CSVRecord rec, int col) {
        return col < rec.size() ? rec.get(col) : "";
    }

    private static Long number(CSVRecord rec, int col) {
        try {
            return Long.valueOf(value(rec, col).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
