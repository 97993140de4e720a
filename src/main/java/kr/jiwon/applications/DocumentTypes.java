package kr.jiwon.applications;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Recognises an uploaded file by its content (Apache Tika's magic and container detectors), never by its name,
 * and tells whether it is one of the allowed kinds: PDF, HWP, HWPX, DOCX, XLSX, PNG, JPEG.
 */
@Component
class DocumentTypes {

    /** Allowed media types and the label shown to users. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "application/x-hwp-v5", "HWP",
            "application/x-hwp", "HWP",
            "application/hwp+zip", "HWPX",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "image/png", "PNG",
            "image/jpeg", "JPG");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The detected media type of the file (content only: the name is not given to Tika). */
    String detect(Path file) throws IOException {
        MediaType type;
        try (InputStream in = TikaInputStream.get(file)) {
            type = detector.detect(in, new Metadata());
        }
        String base = type.getBaseType().toString();
        if (base.equals("application/zip") || base.equals("application/x-tika-ooxml")) {
            return hwpx(file).orElse(base);
        }
        return base;
    }

    /** HWPX is a zip whose first entry "mimetype" says application/hwp+zip (like ODF). */
    private static Optional<String> hwpx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry == null || entry.getSize() > 100) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                String mime = new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
                return mime.equals("application/hwp+zip") ? Optional.of(mime) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean isAllowed(String mediaType) {
        return ALLOWED.containsKey(mediaType);
    }
}
