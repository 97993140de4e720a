package kr.jiwon.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching, listing, downloading and removing documents. An upload is written to a temporary file while its
 * SHA-256 is computed, recognised by content, checked against the size limits and only then kept and recorded.
 */
@Service
@Transactional(readOnly = true)
public class DocumentManagement {

    private final ApplicationManagement management;
    private final ApplicationDocuments documents;
    private final ApplicationAccess access;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final DocumentStorage storage;
    private final ApplicationsProperties limits;
    private final AuditLog audit;
    private final Clock clock;
    private final kr.jiwon.programs.CallManagement calls;
    private final Supplements supplements;

    DocumentManagement(ApplicationManagement management, ApplicationDocuments documents, ApplicationAccess access,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, DocumentStorage storage,
            ApplicationsProperties limits, AuditLog audit,
            Clock clock, kr.jiwon.programs.CallManagement calls, Supplements supplements) {
        this.calls = calls;
        this.supplements = supplements;
        this.management = management;
        this.documents = documents;
        this.access = access;
        this.jdbc = jdbc;
        this.storage = storage;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** A download: the stored record and a stream of its bytes (the caller closes it). */
    public record Download(ApplicationDocument document, InputStream content) {
    }

    @Transactional
    public ApplicationDocument attach(CurrentUser user, long applicationId, String filename, InputStream content,
            Actor actor) {
        return attach(user, applicationId, filename, content, null, actor);
    }

    /** Attaches a file for one of the call's required documents ({@code slot}), or for none when it is null. */
    @Transactional
    public ApplicationDocument attach(CurrentUser user, long applicationId, String filename, InputStream content,
            String slot, Actor actor) {
        Application a = management.load(applicationId);
        access.requireOwner(user, a);
        Long supplement = writableBy(a);
        String slotName = slot == null || slot.isBlank() ? null : slot.strip();
        if (slotName != null && !calls.call(a.callId()).notice().requiredDocuments().contains(slotName)) {
            throw InvalidInputException.of("file", "document.unknownSlot", slotName);
        }
        Path temp = null;
        try {
            temp = storage.newTempFile();
            long max = limits.maxFileSize().toBytes();
            String sha256 = copyWithDigest(content, temp, max);
            long size = Files.size(temp);
            if (size == 0) {
                throw InvalidInputException.of("file", "document.empty");
            }
            String mediaType = kr.jiwon.shared.FileKinds.detect(temp);
            String shown = filename == null ? "" : filename.replaceAll("[\\p{Cc}\\p{Cf}]", "");
            kr.jiwon.shared.FileKinds.Kind kind = kr.jiwon.shared.FileKinds
                    .among(kr.jiwon.shared.FileKinds.DOCUMENTS, mediaType)
                    .orElseThrow(() -> InvalidInputException.of("file", "document.typeNotAllowed", shown, mediaType));
            String name = kr.jiwon.shared.FileKinds.safeName(filename, kind, "document");
            // one upload at a time per application from here to the commit: the total and the count hold even when
            // several files arrive at once (the row lock of the application)
            jdbc.sql("select id from application where id = ? for update").param(applicationId).query(Long.class)
                    .single();
            long total = documents.totalSize(applicationId) + size;
            if (total > limits.maxTotalSize().toBytes()) {
                throw InvalidInputException.of("file", "document.totalTooLarge", limits.maxTotalSize().toMegabytes());
            }
            if (documents.countByApplication(applicationId) >= limits.maxFiles()) {
                throw InvalidInputException.of("file", "document.tooMany", limits.maxFiles());
            }
            String key = storage.keep(temp);
            temp = null;
            ApplicationDocument saved = documents.save(new ApplicationDocument(null, applicationId, name, mediaType,
                    size, sha256, key, clock.instant(), user.username(), slotName, supplement));
            audit.recordChange(actor, "DOCUMENT_ATTACH", "APPLICATION", applicationId,
                    (supplement == null ? "" : "[보완 " + supplement + "] ")
                            + (slotName == null ? "" : "[" + slotName + "] ") + name + " " + sha256);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private String copyWithDigest(InputStream content, Path temp, long max) throws IOException {
        MessageDigest sha = kr.jiwon.shared.Sha256.digest();
        try (InputStream in = new DigestInputStream(content, sha);
                var out = Files.newOutputStream(temp)) {
            byte[] buf = new byte[64 * 1024];
            long written = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                written += n;
                if (written > max) {
                    throw InvalidInputException.of("file", "document.tooLarge", limits.maxFileSize().toMegabytes());
                }
                out.write(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public List<ApplicationDocument> list(CurrentUser user, long applicationId) {
        Application a = management.load(applicationId);
        access.requireView(user, a);
        return documents.findByApplicationIdOrderByIdAsc(applicationId);
    }

    public Download download(CurrentUser user, long applicationId, long documentId, Actor actor) {
        Application a = management.load(applicationId);
        access.requireDownload(user, a);
        ApplicationDocument d = find(applicationId, documentId);
        // only a download that happens is recorded as one
        InputStream content = storage.open(d.storageKey(), d.sha256())
                .orElseThrow(() -> new kr.jiwon.shared.NotFoundException("document.missing", d.filename()));
        audit.recordView(actor, "DOCUMENT_DOWNLOAD", "APPLICATION", applicationId, d.filename());
        return new Download(d, content);
    }

    @Transactional
    public void remove(CurrentUser user, long applicationId, long documentId, Actor actor) {
        Application a = management.load(applicationId);
        access.requireOwner(user, a);
        Long supplement = writableBy(a);
        ApplicationDocument d = find(applicationId, documentId);
        if (!java.util.Objects.equals(d.supplementRequestId(), supplement)) {
            // a handed-in document, or one given with an answered request, stays as it was given
            throw new IllegalTransitionException(a.status(), ApplicationStatus.DRAFT);
        }
        documents.delete(d);
        audit.recordChange(actor, "DOCUMENT_REMOVE", "APPLICATION", applicationId, d.filename());
        storage.delete(d.storageKey());
    }

    /**
     * Whose files the company may change now: a draft's (null), or those of the 보완 요청 it may still answer (that
     * request's id); otherwise the application's documents are closed.
     */
    private Long writableBy(Application a) {
        if (a.status() == ApplicationStatus.DRAFT) {
            return null;
        }
        return supplements.open(a.id(), clock.instant()).map(SupplementRequest::id)
                .orElseThrow(() -> new IllegalTransitionException(a.status(), ApplicationStatus.DRAFT));
    }

    private ApplicationDocument find(long applicationId, long documentId) {
        return documents.findById(documentId).filter(d -> d.applicationId() == applicationId)
                .orElseThrow(() -> new NotFoundException("document.notFound", documentId));
    }
}
