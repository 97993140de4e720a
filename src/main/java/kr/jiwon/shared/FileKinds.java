package kr.jiwon.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The kinds of file people hand in (ASVS V12): recognised by their content — Apache Tika's magic and container
 * detectors, and for HWPX an inspection of the package — never by their name; and a file's name made safe to store
 * and to hand out again: no folders, control or direction-changing characters, no characters Windows forbids, and an
 * extension that says what the file really is.
 */
public final class FileKinds {

    /** A kind of file: its media type, the label people know it by, its extensions (the first is the usual one). */
    public record Kind(String mediaType, String label, List<String> extensions) {
    }

    public static final Kind PDF = new Kind("application/pdf", "PDF", List.of("pdf"));
    public static final Kind HWP = new Kind("application/x-hwp-v5", "HWP", List.of("hwp"));
    public static final Kind HWP_OLD = new Kind("application/x-hwp", "HWP", List.of("hwp"));
    public static final Kind HWPX = new Kind("application/hwp+zip", "HWPX", List.of("hwpx"));
    public static final Kind DOCX = new Kind(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", List.of("docx"));
    public static final Kind XLSX = new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "XLSX", List.of("xlsx"));
    public static final Kind PNG = new Kind("image/png", "PNG", List.of("png"));
    public static final Kind JPEG = new Kind("image/jpeg", "JPG", List.of("jpg", "jpeg"));

    /** Documents and pictures: what applications, notices and reports take. */
    public static final List<Kind> DOCUMENTS = List.of(PDF, HWP, HWP_OLD, HWPX, DOCX, XLSX, PNG, JPEG);
    /** Evidence of spending (receipts, tax invoices): PDF or a picture. */
    public static final List<Kind> EVIDENCE = List.of(PDF, PNG, JPEG);

    /** An HWPX package beyond these is refused as not a document (a zip bomb or a smuggled archive). */
    static final int MAX_PACKAGE_ENTRIES = 1000;
    static final long MAX_PACKAGE_BYTES = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;

    /** Tika's detectors found on the class path (magic, zip, OOXML and OLE2 containers), without its parsers. */
    private static final Detector DETECTOR = new org.apache.tika.detect.DefaultDetector();

    private FileKinds() {
    }

    /** The media type of a file, from its content only. */
    public static String detect(Path file) throws IOException {
        MediaType type;
        try (InputStream in = TikaInputStream.get(file)) {
            type = DETECTOR.detect(in, new Metadata());
        }
        String base = type.getBaseType().toString();
        if (base.equals(HWPX.mediaType())) {
            // Tika knows HWPX by its first entry alone; the rest of the package must hold too
            return hwpx(file) ? base : "application/zip";
        }
        if (base.equals("application/zip") || base.equals("application/x-tika-ooxml")) {
            return hwpx(file) ? HWPX.mediaType() : base;
        }
        if (base.equals("application/x-tika-msoffice")) {
            // Tika names no HWP 5 by content (it is an OLE2 compound file like .doc): its FileHeader says so
            return hwp5(file) ? HWP.mediaType() : base;
        }
        return base;
    }

    /**
     * Whether an OLE2 compound file is an HWP 5 document: its "FileHeader" stream begins with the signature "HWP
     * Document File" (한글과컴퓨터, 한글 문서 파일 형식 5.0, 3.2.1 파일 인식 정보).
     */
    private static boolean hwp5(Path file) {
        byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                file.toFile(), true)) {
            if (!fs.getRoot().hasEntryCaseInsensitive("FileHeader")
                    || !(fs.getRoot().getEntryCaseInsensitive(
                            "FileHeader") instanceof org.apache.poi.poifs.filesystem.DocumentEntry header)
                    || header.getSize() < signature.length) {
                return false;
            }
            try (InputStream in = new org.apache.poi.poifs.filesystem.DocumentInputStream(header)) {
                return java.util.Arrays.equals(in.readNBytes(signature.length), signature);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The media type of bytes held in memory, from their content only. */
    public static String detect(byte[] bytes) throws IOException {
        Path temp = Files.createTempFile("jiwon-kind", ".bin");
        try {
            Files.write(temp, bytes);
            return detect(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The kind among {@code allowed} with this media type. */
    public static Optional<Kind> among(List<Kind> allowed, String mediaType) {
        return allowed.stream().filter(k -> k.mediaType().equals(mediaType)).findFirst();
    }

    /** The labels of the kinds, for a message ("PDF, HWP, HWPX …"). */
    public static String labels(List<Kind> kinds) {
        return String.join(", ", kinds.stream().map(Kind::label).distinct().toList());
    }

    /**
     * A name to store and to hand out: the last part of what the browser sent, without control, format
     * (right-to-left override and the like) or Windows-forbidden characters, at most 200 characters, ending in the
     * kind's extension — appended when the name ends in another one ("견적서.exe" holding a PDF becomes
     * "견적서.exe.pdf"), so the name never claims to be what the file is not.
     */
    public static String safeName(String raw, Kind kind, String fallback) {
        String base = raw == null ? "" : raw.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("[:*?\"<>|]", "_")
                .strip()
                .replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (base.isEmpty()) {
            base = fallback;
        }
        String extension = base.contains(".")
                ? base.substring(base.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        String suffix = kind.extensions().contains(extension) ? "" : "." + kind.extensions().get(0);
        int room = 200 - suffix.length();
        if (base.length() > room) {
            base = base.substring(0, room);
        }
        return base + suffix;
    }

    /**
     * Whether a zip is an HWPX document: its "mimetype" says application/hwp+zip, and it has the package's container
     * and content entries and a section; no entry leaves the package (absolute or ".." names), and the entries are
     * few enough, small enough and not compressed beyond any document's ratio.
     */
    private static boolean hwpx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PACKAGE_ENTRIES) {
                return false;
            }
            long total = 0;
            boolean section = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                    return false;
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size < 0 || packed < 0 || (packed > 0 && size / packed > MAX_RATIO && size > 1024 * 1024)) {
                    return false;
                }
                total += size;
                if (total > MAX_PACKAGE_BYTES) {
                    return false;
                }
                section |= name.matches("Contents/section\\d+\\.xml");
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (!section || mimetype == null || mimetype.getSize() > 100 || zip.getEntry("Contents/content.hpf") == null
                    || zip.getEntry("META-INF/container.xml") == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(mimetype)) {
                return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip().equals(HWPX.mediaType());
            }
        } catch (IOException e) {
            return false;
        }
    }
}
