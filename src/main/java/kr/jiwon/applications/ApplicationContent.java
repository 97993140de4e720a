package kr.jiwon.applications;

import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;

/**
 * What the applicant writes, as one value: the track, the title and bottleneck (애로기술), fields, 뿌리기술 and the
 * institutes asked for, the requested amount, duration and own contribution, who to contact, and what the company
 * confirmed (확인·서약, {@link kr.jiwon.programs.Declaration} codes), and how much of its own part is cash (the rest
 * in kind; null when not said). Any part may be missing while the application
 * is a draft; the eligibility policies decide at submission.
 */
public record ApplicationContent(String trackCode, String title, String bottleneck, TextList technologyFields,
        TextList rootTechnologies, TextList desiredInstitutes, Won requestedAmount,
        Integer durationMonths, Won ownContribution, String contactName,
        String contactPhone, String contactEmail, TextList declarations, Won ownCash) {

    static final int MAX_TEXT = 20_000;

    public ApplicationContent {
        technologyFields = technologyFields == null ? TextList.EMPTY : technologyFields;
        rootTechnologies = rootTechnologies == null ? TextList.EMPTY : rootTechnologies;
        desiredInstitutes = desiredInstitutes == null ? TextList.EMPTY : desiredInstitutes;
        declarations = declarations == null ? TextList.EMPTY : declarations;
    }

    /** As long as the column holds (no call has a longer track code). */
    private static final int TRACK_CODE_MAX = 20;

    /** A fresh draft's content: the track, and the contact taken from the account. */
    static ApplicationContent start(String trackCode, String contactName, String contactEmail) {
        return new ApplicationContent(trackCode, "", "", null, null, null, null, null, null, contactName, null,
                contactEmail, null, null);
    }

    /** The content as the writer sent it (a blank track keeps the current one); refuses texts that are too long. */
    ApplicationContent rewrittenAs(ApplicationForm f) {
        if (f.trackCode() != null && f.trackCode().strip().length() > TRACK_CODE_MAX) {
            throw InvalidInputException.of("trackCode", "field.tooLong", TRACK_CODE_MAX);
        }
        if (f.title() != null && f.title().length() > 200) {
            throw InvalidInputException.of("title", "field.tooLong", 200);
        }
        if (f.bottleneck() != null && f.bottleneck().length() > MAX_TEXT) {
            throw InvalidInputException.of("bottleneck", "field.tooLong", MAX_TEXT);
        }
        return new ApplicationContent(f.trackCode() != null && !f.trackCode().isBlank()
                ? f.trackCode().strip()
                : trackCode, f.title() == null ? "" : f.title().strip(), f.bottleneck() == null ? "" : f.bottleneck(),
                f.technologyFields(), f.rootTechnologies(), f.desiredInstitutes(), f.requestedAmount(),
                f.durationMonths(), f.ownContribution(), trimToNull(f.contactName(), 100, "contactName"),
                trimToNull(f.contactPhone(), 40, "contactPhone"), trimToNull(f.contactEmail(), 200, "contactEmail"),
                declarationsOf(f.declarations()), f.ownCash());
    }

    /** Only known declaration codes, upper case, each once. */
    private static TextList declarationsOf(TextList given) {
        return TextList.of(given.values().stream().map(kr.jiwon.programs.Declaration::find)
                .filter(java.util.Objects::nonNull).distinct().map(Enum::name).toList());
    }

    ApplicationForm toForm(Long version) {
        return new ApplicationForm(version, trackCode, title, bottleneck, technologyFields, rootTechnologies,
                desiredInstitutes, requestedAmount, durationMonths, ownContribution, contactName, contactPhone,
                contactEmail, declarations, ownCash);
    }

    private static String trimToNull(String s, int max, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.strip().length() > max) {
            throw InvalidInputException.of(field, "field.tooLong", max);
        }
        return s.strip();
    }
}
