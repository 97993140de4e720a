package kr.jiwon.applications.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidValueException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;

/**
 * The application form as the browser sends it: everything as text. Amounts may be typed in Korean units.
 * {@link #read} turns it into an {@link ApplicationForm} and lists the fields it could not read.
 */
record DraftForm(Long version, String trackCode, String title, String bottleneck, String technologyFields,
        List<String> rootTechnologies, List<String> desiredInstitutes, String requestedAmount,
        String durationMonths, String ownContribution, String contactName, String contactPhone,
        String contactEmail, List<String> declarations, String ownCash, String submitToken) {

    /** The readable form and the violations of the fields that could not be read (those keep their stored value). */
    record Read(ApplicationForm form, List<FieldViolation> unreadable) {

        Set<String> unreadableFields() {
            Set<String> fields = new HashSet<>();
            unreadable.forEach(v -> fields.add(v.field()));
            return fields;
        }
    }

    Read read() {
        List<FieldViolation> bad = new java.util.ArrayList<>();
        Won requested = won("requestedAmount", requestedAmount, bad);
        Won own = won("ownContribution", ownContribution, bad);
        Won cash = won("ownCash", ownCash, bad);
        Integer months = null;
        if (durationMonths != null && !durationMonths.isBlank()) {
            try {
                months = Integer.parseInt(durationMonths.strip().replace("개월", "").strip());
            } catch (NumberFormatException e) {
                bad.add(new FieldViolation("durationMonths", "application.months", null));
            }
        }
        ApplicationForm form = new ApplicationForm(version, trackCode, title, bottleneck, split(technologyFields),
                list(rootTechnologies), list(desiredInstitutes), requested, months, own, contactName, contactPhone,
                contactEmail, list(declarations), cash);
        return new Read(form, bad);
    }

    private static Won won(String field, String text, List<FieldViolation> bad) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Won.parse(text);
        } catch (InvalidValueException e) {
            bad.add(new FieldViolation(field, e.messageKey(), e.args()));
            return null;
        }
    }

    private static TextList split(String text) {
        return text == null
                ? TextList.EMPTY
                : TextList.of(Arrays.stream(text.split("[,，、;]")).map(String::strip).toList());
    }

    private static TextList list(List<String> values) {
        return values == null ? TextList.EMPTY : TextList.of(values);
    }

    static DraftForm of(ApplicationForm f, String submitToken) {
        return new DraftForm(f.version(), f.trackCode(), f.title(), f.bottleneck(),
                String.join(", ", f.technologyFields().values()), f.rootTechnologies().values(),
                f.desiredInstitutes().values(), f.requestedAmount() == null ? "" : f.requestedAmount().korean(),
                f.durationMonths() == null ? "" : String.valueOf(f.durationMonths()),
                f.ownContribution() == null ? "" : f.ownContribution().korean(), f.contactName(), f.contactPhone(),
                f.contactEmail(), f.declarations().values(), f.ownCash() == null ? "" : f.ownCash().korean(),
                submitToken);
    }
}
