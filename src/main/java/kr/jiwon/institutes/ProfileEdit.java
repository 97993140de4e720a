package kr.jiwon.institutes;

import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;

/** A coordinator's edit of the institute's profile: fields, technologies, equipment, expertise, capacity. */
public record ProfileEdit(TextList fields, String technologies, String equipment, String expertise, Integer capacity) {

    static final int MAX_TEXT = 8000;

    public ProfileEdit {
        fields = fields == null ? TextList.EMPTY : fields;
    }

    void validate() {
        new Violations()
                .check(technologies == null || technologies.length() <= MAX_TEXT, "technologies", "field.tooLong",
                        MAX_TEXT)
                .check(equipment == null || equipment.length() <= MAX_TEXT, "equipment", "field.tooLong", MAX_TEXT)
                .check(expertise == null || expertise.length() <= MAX_TEXT, "expertise", "field.tooLong", MAX_TEXT)
                .check(capacity != null && capacity >= 0 && capacity <= 1000, "capacity", "institute.capacity.invalid")
                .throwIfAny();
    }
}
