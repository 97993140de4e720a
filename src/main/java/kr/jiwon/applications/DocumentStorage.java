package kr.jiwon.applications;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps documents outside the web root, named by a random key (never by the user's file name), moved into place only
 * after they were checked. Where: {@code jiwon.applications.document-store} — {@code folder} (files under
 * {@code jiwon.applications.document-dir}, the one-machine default) or {@code database} (rows of
 * {@code document_blob}, so that every instance of the platform reads what any instance received; the default of the
 * {@code postgres} profile). Every read is checked against the SHA-256 recorded at upload.
 */
@Component
class DocumentStorage {

    private final Path root;
    private final boolean inDatabase;
    private final JdbcClient jdbc;

    DocumentStorage(ApplicationsProperties properties, JdbcClient jdbc) {
        this.root = Path.of(properties.documentDir()).toAbsolutePath().normalize();
        this.inDatabase = "database".equals(properties.documentStore());
        this.jdbc = jdbc;
    }

    Path newTempFile() throws IOException {
        Files.createDirectories(root.resolve("tmp"));
        return Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
    }

    /** Moves a checked upload into the store and returns its key (in the caller's transaction for the database). */
    String keep(Path checkedUpload) throws IOException {
        String key = UUID.randomUUID().toString();
        if (inDatabase) {
            jdbc.sql("insert into document_blob (storage_key, content) values (?, ?)")
                    .params(key, Files.readAllBytes(checkedUpload)).update();
            Files.deleteIfExists(checkedUpload);
            return key;
        }
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Files.move(checkedUpload, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    /**
     * The stored bytes, if they are there and still what was received (their SHA-256 is {@code sha256}); empty when
     * the document is missing from this store; an error when it was changed.
     */
    Optional<InputStream> open(String key, String sha256) {
        byte[] bytes;
        if (inDatabase) {
            Optional<byte[]> row = jdbc.sql("select content from document_blob where storage_key = ?").param(key)
                    .query(byte[].class).optional();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            bytes = row.get();
        } else {
            try {
                bytes = Files.readAllBytes(pathOf(key));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!kr.jiwon.shared.Sha256.hex(bytes).equalsIgnoreCase(sha256)) {
            throw new IllegalStateException("document " + key + " does not match its SHA-256");
        }
        return Optional.of(new ByteArrayInputStream(bytes));
    }

    void delete(String key) {
        if (inDatabase) {
            jdbc.sql("delete from document_blob where storage_key = ?").param(key).update();
            return;
        }
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
