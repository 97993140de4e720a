package kr.jiwon.programs;

import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;

/**
 * Who may apply to a call and who is favoured: allowed size classes, required 소부장/뿌리기업 status, regions the
 * call is limited to (empty = nationwide), priority to 인구감소지역 and to named regions, priority fields.
 */
public record Eligibility(TextList sizeClasses, boolean requiresSobujang, boolean requiresRootCompany,
        TextList allowedRegions, boolean prioritizesDeclineAreas, TextList priorityRegions,
        TextList priorityFields) {

    public Eligibility {
        sizeClasses = sizeClasses == null || sizeClasses.isEmpty() ? TextList.of(CompanySize.SME.name()) : sizeClasses;
        allowedRegions = allowedRegions == null ? TextList.EMPTY : allowedRegions;
        priorityRegions = priorityRegions == null ? TextList.EMPTY : priorityRegions;
        priorityFields = priorityFields == null ? TextList.EMPTY : priorityFields;
    }

    public boolean allows(CompanySize size) {
        return sizeClasses.contains(size.name());
    }
}
