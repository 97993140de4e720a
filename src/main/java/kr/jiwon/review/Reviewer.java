package kr.jiwon.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.shared.TextList;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An expert in the pool: affiliations as 사업자등록번호 and research-institute codes (never matched by name),
 * expertise fields, region, declared conflicts and recent joint projects.
 */
@Table("reviewer")
public class Reviewer {

    @Id
    private Long id;
    @Version
    private Long version;
    private final String name;
    private final String email;
    private final String affiliation;
    private final TextList affiliationBrns;
    private final TextList instituteCodes;
    private final TextList expertiseFields;
    private final String regionCode;
    private final String accountUsername;
    private final Instant createdAt;
    @MappedCollection(idColumn = "reviewer_id", keyColumn = "position")
    private final List<DeclaredConflict> declaredConflicts;
    @MappedCollection(idColumn = "reviewer_id", keyColumn = "position")
    private final List<JointProject> jointProjects;

    /** A conflict the reviewer declared, with a company (by 사업자등록번호) or an institute (by code). */
    @Table("reviewer_declared_conflict")
    public record DeclaredConflict(String brn, String instituteCode, String reason) {
    }

    /** A project the reviewer ran with a company; it conflicts for three years after it ended. */
    @Table("reviewer_joint_project")
    public record JointProject(String partnerBrn, String title, LocalDate endedOn) {
    }

    @PersistenceCreator
    Reviewer(Long id, Long version, String name, String email, String affiliation, TextList affiliationBrns,
            TextList instituteCodes, TextList expertiseFields, String regionCode, String accountUsername,
            Instant createdAt, List<DeclaredConflict> declaredConflicts, List<JointProject> jointProjects) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.email = email;
        this.affiliation = affiliation;
        this.affiliationBrns = affiliationBrns == null ? TextList.EMPTY : affiliationBrns;
        this.instituteCodes = instituteCodes == null ? TextList.EMPTY : instituteCodes;
        this.expertiseFields = expertiseFields == null ? TextList.EMPTY : expertiseFields;
        this.regionCode = regionCode;
        this.accountUsername = accountUsername;
        this.createdAt = createdAt;
        this.declaredConflicts = new ArrayList<>(declaredConflicts == null ? List.of() : declaredConflicts);
        this.jointProjects = new ArrayList<>(jointProjects == null ? List.of() : jointProjects);
    }

    void declare(DeclaredConflict c) {
        declaredConflicts.add(c);
    }

    void addJointProject(JointProject p) {
        jointProjects.add(p);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String affiliation() {
        return affiliation;
    }

    public TextList affiliationBrns() {
        return affiliationBrns;
    }

    public TextList instituteCodes() {
        return instituteCodes;
    }

    public TextList expertiseFields() {
        return expertiseFields;
    }

    public String regionCode() {
        return regionCode;
    }

    public String accountUsername() {
        return accountUsername;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<DeclaredConflict> declaredConflicts() {
        return List.copyOf(declaredConflicts);
    }

    public List<JointProject> jointProjects() {
        return List.copyOf(jointProjects);
    }
}
