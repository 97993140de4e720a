package kr.jiwon.institutes;

import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;

/** An institute as imported from the directory or registered by an administrator. */
public record NewInstitute(String shortName, String koreanName, String englishName, String city, String division,
        boolean consortiumMember, TextList specialties, TextList specialtiesEn, TextList fields,
        String technologies, String equipment, String expertise, Integer capacity) {

    static final int DEFAULT_CAPACITY = 5;

    public NewInstitute {
        fields = fields == null ? TextList.EMPTY : fields;
    }

    void validate() {
        new Violations()
                .check(shortName != null && shortName.strip().matches("[A-Za-z][A-Za-z0-9]{1,19}"), "shortName",
                        "institute.shortName")
                .check(koreanName != null && !koreanName.isBlank(), "koreanName", "field.required")
                .check(capacity == null || capacity >= 0 && capacity <= 1000, "capacity", "institute.capacity.invalid")
                .throwIfAny();
    }
}
