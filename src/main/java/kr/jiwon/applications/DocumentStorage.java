package kr.jiwon.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps documents as files under {@code jiwon.applications.document-dir}, outside the web root, named by a random
 * key (never by the user's file name). A file is moved into place only after it was checked.
 */
@Component
class DocumentStorage {

    private final Path root;

    DocumentStorage(ApplicationsProperties properties) {
        this.root = Path.of(properties.documentDir()).toAbsolutePath().normalize();
    }

    Path newTempFile() throws IOException {
        Files.createDirectories(root.resolve("tmp"));
        return Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
    }

    /** Moves a checked upload into the store and returns its key. */
    String keep(Path checkedUpload) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Files.move(checkedUpload, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    InputStream open(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String key) {
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
