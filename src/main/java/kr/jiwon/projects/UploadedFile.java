package kr.jiwon.projects;

import kr.jiwon.shared.FileKinds;
import kr.jiwon.shared.InvalidInputException;

/**
 * An uploaded evidence file, recognised by its content (Apache Tika), never by its name: receipts and tax invoices
 * as PDF, PNG or JPEG, at most 10 MB.
 */
public record UploadedFile(String name, byte[] bytes, String mediaType, String sha256) {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Checks the file for the given field: present, small enough and of an allowed kind. */
    public static UploadedFile evidence(String field, String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(field, "project.evidenceRequired");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "project.evidenceTooLarge", "10MB");
        }
        String type;
        try {
            type = FileKinds.detect(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FileKinds.Kind kind = FileKinds.among(FileKinds.EVIDENCE, type).orElseThrow(() -> InvalidInputException
                .of(field, "project.evidenceType", FileKinds.labels(FileKinds.EVIDENCE)));
        return new UploadedFile(FileKinds.safeName(name, kind, "evidence"), bytes, type, sha256(bytes));
    }

    public static String sha256(byte[] bytes) {
        return kr.jiwon.shared.Sha256.hex(bytes);
    }
}
