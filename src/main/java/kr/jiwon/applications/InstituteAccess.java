package kr.jiwon.applications;

/**
 * Implemented by the matching module: whether a research institute holds a company's request for an application
 * (passed to it and not declined, lapsed or withdrawn), which lets its coordinator read the application and its
 * documents to decide. (Applications cannot depend on matching, so matching plugs in here.)
 */
public interface InstituteAccess {

    boolean holdsRequest(String instituteShortName, long applicationId);
}
