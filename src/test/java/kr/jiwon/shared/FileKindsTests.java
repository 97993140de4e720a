package kr.jiwon.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Every kind of document people hand in is recognised from its content alone, made here as its program writes it
 * (the parts of Tika and POI the platform ships are enough for that).
 */
class FileKindsTests {

    @Test
    void recognisesEveryDocumentKindByItsContent() throws Exception {
        assertThat(FileKinds.detect(pdf())).isEqualTo(FileKinds.PDF.mediaType());
        assertThat(FileKinds.detect(hwp())).isEqualTo(FileKinds.HWP.mediaType());
        assertThat(FileKinds.detect(hwpx())).isEqualTo(FileKinds.HWPX.mediaType());
        assertThat(FileKinds.detect(docx())).isEqualTo(FileKinds.DOCX.mediaType());
        assertThat(FileKinds.detect(xlsx())).isEqualTo(FileKinds.XLSX.mediaType());
        assertThat(FileKinds.detect(image("png"))).isEqualTo(FileKinds.PNG.mediaType());
        assertThat(FileKinds.detect(image("jpg"))).isEqualTo(FileKinds.JPEG.mediaType());
    }

    @Test
    void aPlainArchiveOrTextIsNoDocument() throws Exception {
        byte[] zip = zip("readme.txt", "안녕하세요".getBytes(StandardCharsets.UTF_8));
        assertThat(FileKinds.among(FileKinds.DOCUMENTS, FileKinds.detect(zip))).isEmpty();
        assertThat(FileKinds.among(FileKinds.DOCUMENTS,
                FileKinds.detect("#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** HWP 5: an OLE2 compound file whose FileHeader stream begins with the format's signature. */
    private static byte[] hwp() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] header = new byte[256];
            byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(signature, 0, header, 0, signature.length);
            header[32] = 0;
            header[33] = 0;
            header[34] = 0;
            header[35] = 5;
            fs.createDocument(new java.io.ByteArrayInputStream(header), "FileHeader");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "DocInfo");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** HWPX: an OWPML package (KS X 6101) with its mimetype, container, content and a section. */
    private static byte[] hwpx() throws IOException {
        return zip("mimetype", "application/hwp+zip".getBytes(StandardCharsets.US_ASCII), "version.xml",
                "<hv:HCFVersion/>".getBytes(StandardCharsets.UTF_8), "META-INF/container.xml",
                "<ocf:container/>".getBytes(StandardCharsets.UTF_8), "Contents/content.hpf",
                "<opf:package/>".getBytes(StandardCharsets.UTF_8), "Contents/header.xml",
                "<hh:head/>".getBytes(StandardCharsets.UTF_8), "Contents/section0.xml",
                "<hs:sec/>".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("사업계획서");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("예산").createRow(0).createCell(0).setCellValue("인건비");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] zip(Object... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
