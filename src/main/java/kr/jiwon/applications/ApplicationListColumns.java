package kr.jiwon.applications;

import java.util.List;
import java.util.Map;

/**
 * More columns for the officer's list of a call's applications (엑셀·CSV), given by the modules that know more about
 * an application than this one does — its review scores, its selection decision, the institutes it was passed to.
 * This module owns the list and asks each contributor for its cells; it depends on none of them.
 */
public interface ApplicationListColumns {

    /** Where these columns go in the list, lowest first. */
    int order();

    /** The Korean column headers. */
    List<String> headers();

    /**
     * The cells of each of the call's applications, in the order of {@link #headers()}; an application missing from
     * the map gets empty cells. A cell is text, a number or null.
     */
    Map<Long, List<Object>> cells(long callId);
}
