package kr.jiwon.applications;

/**
 * Implemented by the review module: whether a reviewer's login is assigned to an application, which lets them
 * read it and its documents. (Applications cannot depend on review, so review plugs in here.)
 */
public interface ReviewerAccess {

    boolean isAssigned(String username, long applicationId);
}
