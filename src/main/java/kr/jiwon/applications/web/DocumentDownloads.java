package kr.jiwon.applications.web;

import java.nio.charset.StandardCharsets;
import kr.jiwon.applications.DocumentManagement;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored document as an attachment response: its detected type, its name in UTF-8, never sniffed. */
final class DocumentDownloads {

    private DocumentDownloads() {
    }

    static ResponseEntity<InputStreamResource> attachment(DocumentManagement.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.document().mediaType()))
                .contentLength(download.document().sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.document().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.content()));
    }
}
