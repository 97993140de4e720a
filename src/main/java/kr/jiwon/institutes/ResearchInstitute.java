package kr.jiwon.institutes;

import java.time.Instant;
import kr.jiwon.shared.TextList;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A public research institute (e.g. KITECH 한국생산기술연구원) with its capability profile — specialty fields,
 * technologies, equipment and researchers' expertise — and how many projects it can carry at once.
 */
@Table("research_institute")
public class ResearchInstitute {

    @Id
    private Long id;
    @Version
    private Long version;
    private final String shortName;
    private final String koreanName;
    private final String englishName;
    private final String city;
    private final String division;
    private final boolean consortiumMember;
    private TextList specialties;
    private TextList specialtiesEn;
    private TextList fields;
    private String technologies;
    private String equipment;
    private String expertise;
    private int capacity;
    private final Instant createdAt;
    private String capacitySetBy;
    private Instant capacitySetAt;

    @PersistenceCreator
    ResearchInstitute(Long id, Long version, String shortName, String koreanName, String englishName, String city,
            String division, boolean consortiumMember, TextList specialties, TextList specialtiesEn,
            TextList fields, String technologies, String equipment, String expertise, int capacity, Instant createdAt,
            String capacitySetBy, Instant capacitySetAt) {
        this(id, version, shortName, koreanName, englishName, city, division, consortiumMember, specialties,
                specialtiesEn, fields, technologies, equipment, expertise, capacity, createdAt);
        this.capacitySetBy = capacitySetBy;
        this.capacitySetAt = capacitySetAt;
    }

    private ResearchInstitute(Long id, Long version, String shortName, String koreanName, String englishName,
            String city, String division, boolean consortiumMember, TextList specialties, TextList specialtiesEn,
            TextList fields, String technologies, String equipment, String expertise, int capacity,
            Instant createdAt) {
        this.id = id;
        this.version = version;
        this.shortName = shortName;
        this.koreanName = koreanName;
        this.englishName = englishName;
        this.city = city;
        this.division = division;
        this.consortiumMember = consortiumMember;
        this.specialties = specialties == null ? TextList.EMPTY : specialties;
        this.specialtiesEn = specialtiesEn == null ? TextList.EMPTY : specialtiesEn;
        this.fields = fields == null ? TextList.EMPTY : fields;
        this.technologies = technologies;
        this.equipment = equipment;
        this.expertise = expertise;
        this.capacity = capacity;
        this.createdAt = createdAt;
    }

    static ResearchInstitute register(NewInstitute cmd, Instant now) {
        return new ResearchInstitute(null, null, cmd.shortName().strip(), cmd.koreanName().strip(),
                cmd.englishName(), cmd.city(), cmd.division(), cmd.consortiumMember(), cmd.specialties(),
                cmd.specialtiesEn(), cmd.fields(), cmd.technologies(), cmd.equipment(), cmd.expertise(),
                cmd.capacity() == null ? NewInstitute.DEFAULT_CAPACITY : cmd.capacity(), now);
    }

    public Long id() {
        return id;
    }

    public String shortName() {
        return shortName;
    }

    public String koreanName() {
        return koreanName;
    }

    public String englishName() {
        return englishName;
    }

    public String city() {
        return city;
    }

    public String division() {
        return division;
    }

    public boolean consortiumMember() {
        return consortiumMember;
    }

    /**
     * Where the institute stands with the 융합혁신지원단 as the sources give it: CONFIRMED (a member by a public source),
     * TECHNOPARK (a regional 테크노파크 — a business-support agency under the 산업기술단지법, not a research institute — whose
     * membership no source confirms), or UNCONFIRMED.
     */
    public String consortiumMembership() {
        return consortiumMember ? "CONFIRMED" : koreanName.endsWith("테크노파크") ? "TECHNOPARK" : "UNCONFIRMED";
    }

    public TextList specialties() {
        return specialties;
    }

    public TextList specialtiesEn() {
        return specialtiesEn;
    }

    /** The 소부장 fields and 뿌리기술 the institute covers. */
    public TextList fields() {
        return fields;
    }

    /**
     * The field the institute stands for when a convergent project needs institutes from different fields: its
     * division in the 융합혁신지원단, else its first field, else its own name.
     */
    public String primaryField() {
        return division != null ? division : fields.isEmpty() ? shortName : fields.values().get(0);
    }

    /**
     * The institute's coordinator (or an officer) rewrites the capability profile; the capacity they give is theirs
     * from then on, no longer our assumption.
     */
    void editProfile(ProfileEdit edit, String by, Instant now) {
        fields = edit.fields();
        technologies = edit.technologies();
        equipment = edit.equipment();
        expertise = edit.expertise();
        capacity = edit.capacity();
        capacitySetBy = by;
        capacitySetAt = now;
    }

    void setCapacity(int capacity, String by, Instant now) {
        this.capacity = capacity;
        capacitySetBy = by;
        capacitySetAt = now;
    }

    /** Whether the capacity is still our default assumption (nobody of the institute or the office set it). */
    public boolean capacityAssumed() {
        return capacitySetBy == null;
    }

    public String capacitySetBy() {
        return capacitySetBy;
    }

    public Instant capacitySetAt() {
        return capacitySetAt;
    }

    /** Completes the profile from the directory's seed where it is still empty (never overwrites edits). */
    void completeFrom(NewInstitute seed) {
        if (fields.isEmpty()) {
            fields = seed.fields();
        }
        if (technologies == null) {
            technologies = seed.technologies();
        }
        if (equipment == null) {
            equipment = seed.equipment();
        }
        if (expertise == null) {
            expertise = seed.expertise();
        }
    }

    public String technologies() {
        return technologies;
    }

    public String equipment() {
        return equipment;
    }

    public String expertise() {
        return expertise;
    }

    public int capacity() {
        return capacity;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
