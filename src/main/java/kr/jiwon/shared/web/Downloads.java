package kr.jiwon.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as a download under a Korean file name (UTF-8 in Content-Disposition). */
public final class Downloads {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    public static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    public static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return file(filename, XLSX, body);
    }

    public static ResponseEntity<byte[]> csv(String filename, byte[] body) {
        return file(filename, CSV, body);
    }
}
