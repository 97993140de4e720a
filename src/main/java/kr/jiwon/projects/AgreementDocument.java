package kr.jiwon.projects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a project's agreement (협약서): the generated PDF's file and SHA-256, and the parties' signatures
 * over exactly that hash. Revision 1 is the agreement; later revisions are changes (변경 협약) with their reason.
 * Each party signs once; a signature over another hash is refused.
 */
@Table("agreement_document")
public class AgreementDocument {

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long projectId;
    private final int revision;
    private final String reason;
    private final Long fileId;
    private final String sha256;
    private final Instant createdAt;
    @MappedCollection(idColumn = "agreement_document_id", keyColumn = "position")
    private final List<Signature> signatures;

    @PersistenceCreator
    AgreementDocument(Long id, Long version, Long projectId, int revision, String reason, Long fileId, String sha256,
            Instant createdAt, List<Signature> signatures) {
        this.id = id;
        this.version = version;
        this.projectId = projectId;
        this.revision = revision;
        this.reason = reason;
        this.fileId = fileId;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.signatures = new ArrayList<>(signatures == null ? List.of() : signatures);
    }

    static AgreementDocument of(long projectId, int revision, String reason, ProjectFile file, Instant now) {
        return new AgreementDocument(null, null, projectId, revision, reason, file.id(), file.sha256(), now, null);
    }

    void sign(Signature s) {
        if (!s.sha256().equals(sha256)) {
            throw InvalidInputException.of("sha256", "agreement.hashMismatch");
        }
        if (signatureOf(s.party()).isPresent()) {
            throw InvalidInputException.of("party", "agreement.alreadySigned");
        }
        signatures.add(s);
    }

    public Optional<Signature> signatureOf(Signature.Party party) {
        return signatures.stream().filter(s -> s.party() == party).findFirst();
    }

    public boolean fullySigned() {
        return signatureOf(Signature.Party.COMPANY).isPresent() && signatureOf(Signature.Party.AGENCY).isPresent();
    }

    // @formatter:off
    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public int revision() { return revision; }
    public String reason() { return reason; }
    public Long fileId() { return fileId; }
    public String sha256() { return sha256; }
    public Instant createdAt() { return createdAt; }
    public List<Signature> signatures() { return List.copyOf(signatures); }
    // @formatter:on
}
