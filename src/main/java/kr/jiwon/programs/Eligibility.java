package kr.jiwon.programs;

import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;

/**
 * Who may apply to a call and who is favoured: allowed size classes, required 소부장/뿌리기업 status, regions the
 * call is limited to (empty = nationwide), priority to 인구감소지역 and to named regions, priority fields, what
 * the company must confirm when it applies ({@link Declaration} codes), and priority to convergent (융합형)
 * projects — those of a track that asks for two or more research institutes.
 */
public record Eligibility(TextList sizeClasses, boolean requiresSobujang, boolean requiresRootCompany,
        TextList allowedRegions, boolean prioritizesDeclineAreas, TextList priorityRegions,
        TextList priorityFields, TextList declarations, boolean prioritizesConvergent) {

    public Eligibility {
        sizeClasses = sizeClasses == null || sizeClasses.isEmpty() ? TextList.of(CompanySize.SME.name()) : sizeClasses;
        allowedRegions = allowedRegions == null ? TextList.EMPTY : allowedRegions;
        priorityRegions = priorityRegions == null ? TextList.EMPTY : priorityRegions;
        priorityFields = priorityFields == null ? TextList.EMPTY : priorityFields;
        declarations = declarations == null ? TextList.EMPTY : declarations;
    }

    public Eligibility(TextList sizeClasses, boolean requiresSobujang, boolean requiresRootCompany,
            TextList allowedRegions, boolean prioritizesDeclineAreas, TextList priorityRegions,
            TextList priorityFields) {
        this(sizeClasses, requiresSobujang, requiresRootCompany, allowedRegions, prioritizesDeclineAreas,
                priorityRegions, priorityFields, TextList.EMPTY, false);
    }

    /** The declarations the call asks for, in their fixed order. */
    public java.util.List<Declaration> requiredDeclarations() {
        return java.util.Arrays.stream(Declaration.values()).filter(d -> declarations.contains(d.name())).toList();
    }

    public boolean allows(CompanySize size) {
        return sizeClasses.contains(size.name());
    }
}
