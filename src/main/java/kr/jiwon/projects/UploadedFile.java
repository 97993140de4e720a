package kr.jiwon.projects;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import kr.jiwon.shared.InvalidInputException;
import org.apache.tika.Tika;

/**
 * An uploaded evidence file, recognised by its content (Apache Tika), never by its name: receipts and tax invoices
 * as PDF, PNG or JPEG, at most 10 MB.
 */
public record UploadedFile(String name, byte[] bytes, String mediaType, String sha256) {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Map<String, String> EVIDENCE = Map.of("application/pdf", "PDF", "image/png", "PNG", "image/jpeg",
            "JPG");
    private static final Tika TIKA = new Tika();

    /** Checks the file for the given field: present, small enough and of an allowed kind. */
    public static UploadedFile evidence(String field, String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(field, "project.evidenceRequired");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "project.evidenceTooLarge", "10MB");
        }
        String type = TIKA.detect(bytes);
        if (!EVIDENCE.containsKey(type)) {
            throw InvalidInputException.of(field, "project.evidenceType", String.join(", ", EVIDENCE.values()));
        }
        String clean = name == null || name.isBlank() ? "evidence" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return new UploadedFile(clean.length() > 200 ? clean.substring(0, 200) : clean, bytes, type, sha256(bytes));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
