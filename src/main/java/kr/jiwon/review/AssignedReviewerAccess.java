package kr.jiwon.review;

import kr.jiwon.applications.ReviewerAccess;
import org.springframework.stereotype.Component;

/** Lets assigned reviewers read their applications and documents. */
@Component
class AssignedReviewerAccess implements ReviewerAccess {

    private final ReviewerAssignment assignment;

    AssignedReviewerAccess(ReviewerAssignment assignment) {
        this.assignment = assignment;
    }

    @Override
    public boolean isAssigned(String username, long applicationId) {
        return assignment.isAssigned(username, applicationId);
    }
}
