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

    /**
     * A list offered both ways, as the address asks: {@code name.xlsx} as a workbook with one sheet of this name,
     * {@code name.csv} as CSV (UTF-8 with a byte-order mark).
     */
    public static ResponseEntity<byte[]> sheet(jakarta.servlet.http.HttpServletRequest request, String name,
            kr.jiwon.shared.Spreadsheet sheet, String sheetName) {
        return request.getRequestURI().endsWith(".xlsx")
                ? xlsx(name + ".xlsx", sheet.xlsx(sheetName))
                : csv(name + ".csv", sheet.csv());
    }
}
