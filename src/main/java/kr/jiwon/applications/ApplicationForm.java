package kr.jiwon.applications;

import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;

/**
 * What the applicant writes; every field may be incomplete while the application is a draft. {@code version} is
 * the version the writer started from, so two users of one company never silently overwrite each other;
 * {@code declarations} are the call's 확인·서약 items the company confirms ({@link kr.jiwon.programs.Declaration});
 * {@code ownCash} is the cash part of the company's own contribution (the rest in kind).
 */
public record ApplicationForm(Long version, String trackCode, String title, String bottleneck,
        TextList technologyFields, TextList rootTechnologies, TextList desiredInstitutes,
        Won requestedAmount, Integer durationMonths, Won ownContribution, String contactName,
        String contactPhone, String contactEmail, TextList declarations, Won ownCash) {

    public ApplicationForm {
        technologyFields = technologyFields == null ? TextList.EMPTY : technologyFields;
        rootTechnologies = rootTechnologies == null ? TextList.EMPTY : rootTechnologies;
        desiredInstitutes = desiredInstitutes == null ? TextList.EMPTY : desiredInstitutes;
        declarations = declarations == null ? TextList.EMPTY : declarations;
    }

    /** A form that confirms nothing (for calls that ask for no declaration). */
    public ApplicationForm(Long version, String trackCode, String title, String bottleneck,
            TextList technologyFields, TextList rootTechnologies, TextList desiredInstitutes,
            Won requestedAmount, Integer durationMonths, Won ownContribution, String contactName,
            String contactPhone, String contactEmail) {
        this(version, trackCode, title, bottleneck, technologyFields, rootTechnologies, desiredInstitutes,
                requestedAmount, durationMonths, ownContribution, contactName, contactPhone, contactEmail, null, null);
    }

    /** A form with declarations and no cash part. */
    public ApplicationForm(Long version, String trackCode, String title, String bottleneck,
            TextList technologyFields, TextList rootTechnologies, TextList desiredInstitutes,
            Won requestedAmount, Integer durationMonths, Won ownContribution, String contactName,
            String contactPhone, String contactEmail, TextList declarations) {
        this(version, trackCode, title, bottleneck, technologyFields, rootTechnologies, desiredInstitutes,
                requestedAmount, durationMonths, ownContribution, contactName, contactPhone, contactEmail,
                declarations, null);
    }

    /** This form with the amounts named in {@code keep} taken from {@code stored}. */
    ApplicationForm keeping(java.util.Set<String> keep, ApplicationForm stored) {
        return new ApplicationForm(version, trackCode, title, bottleneck, technologyFields, rootTechnologies,
                desiredInstitutes, keep.contains("requestedAmount") ? stored.requestedAmount() : requestedAmount,
                keep.contains("durationMonths") ? stored.durationMonths() : durationMonths,
                keep.contains("ownContribution") ? stored.ownContribution() : ownContribution, contactName,
                contactPhone, contactEmail, declarations, keep.contains("ownCash") ? stored.ownCash() : ownCash);
    }
}
