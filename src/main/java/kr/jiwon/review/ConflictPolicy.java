package kr.jiwon.review;

import java.time.LocalDate;
import java.util.Optional;

/** One named rule that can make a reviewer-application pairing a conflict of interest. */
interface ConflictPolicy {

    String name();

    Optional<Conflict> check(Reviewer reviewer, ReviewCase c, LocalDate today);
}
