package kr.jiwon.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallPhase;
import kr.jiwon.shared.Won;

/**
 * Where one call stands, in counts an officer can act on. Each part is a plain figure taken from the module that
 * owns it; {@link #next()} is the one thing to do now.
 */
public record CallProgress(Call call, CallPhase phase, Step next, Intake intake, Screening screening,
        Institutes institutes, Review review, Objections objections, Budget budget) {

    /** The next thing to do: a message (key and arguments) and the page where it is done (null: nothing to do). */
    public record Step(String messageKey, List<Object> args, String href) {
    }

    /** 접수: drafts being written, handed in, withdrawn; receipts per day; days left to the deadline. */
    public record Intake(int drafts, int handedIn, int withdrawn, List<Day> days, Instant closesAt, Long daysLeft) {

        public int maxPerDay() {
            return days.stream().mapToInt(Day::count).max().orElse(0);
        }
    }

    public record Day(LocalDate date, int count) {
    }

    /** 요건검토: of the handed-in applications, how many are decided (eligible or not) and how many wait. */
    public record Screening(int handedIn, int awaiting, int eligible, int ineligible) {

        public int done() {
            return handedIn - awaiting;
        }
    }

    /** 연구기관 답변: requests accepted, declined, waiting (of which overdue), and lapsed or withdrawn. */
    public record Institutes(int offered, int accepted, int declined, int waiting, int overdue, int lapsed) {

        public int answered() {
            return accepted + declined;
        }
    }

    /** 평가: score sheets submitted of those assigned, per reviewer. */
    public record Review(int assigned, int submitted, List<ReviewerProgress> reviewers) {

        public long behind() {
            return reviewers.stream().filter(r -> r.submitted() < r.assigned()).count();
        }
    }

    public record ReviewerProgress(long reviewerId, String name, int assigned, int submitted) {
    }

    /** 이의신청: open, upheld and rejected, and until when they may be filed. */
    public record Objections(int open, int upheld, int rejected, Instant until) {

        public int total() {
            return open + upheld + rejected;
        }
    }

    /**
     * The money: the call's budget, what the eligible applications ask for, and — once confirmed — how many were
     * selected for how much now (after re-decisions).
     */
    public record Budget(Won budget, Won requestedEligible, boolean confirmed, int selected, Won selectedAmount) {

        /** The largest of the three, so bars share one scale. */
        public long scale() {
            return Math.max(1, Math.max(budget.amount(), Math.max(requestedEligible.amount(),
                    selectedAmount.amount())));
        }
    }
}
