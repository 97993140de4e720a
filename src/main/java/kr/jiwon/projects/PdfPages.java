package kr.jiwon.projects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * A4 documents in Korean with Apache PDFBox: headings, wrapped paragraphs and two- to four-column rows, set in Noto
 * Sans CJK KR (a subset embedded in the file, see {@code fonts/NotoSansKR-LICENSE.txt}). No date or random id is
 * written, so the same content gives the same bytes.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final byte[] FONT = font();
    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream out;
    private float y;

    PdfPages(String title) {
        try {
            font = PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(FONT)), true);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer("Jiwon");
            doc.setDocumentInformation(info);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfPages title(String text) {
        write(text, 18, MARGIN);
        y -= 10;
        return this;
    }

    PdfPages heading(String text) {
        y -= 8;
        write(text, 13, MARGIN);
        return this;
    }

    PdfPages paragraph(String text) {
        for (String line : wrap(text == null ? "" : text, 10.5f, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
            write(line, 10.5f, MARGIN);
        }
        return this;
    }

    /** A row of cells at fixed column starts (fractions of the text width). */
    PdfPages row(String... cells) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float[] starts = cells.length == 2 ? new float[]{0, 0.32f} : new float[]{0, 0.34f, 0.56f, 0.78f};
        ensure(16);
        try {
            for (int i = 0; i < cells.length; i++) {
                text(cells[i] == null ? "" : cells[i], 10.5f, MARGIN + starts[Math.min(i, starts.length - 1)] * width);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 16;
        return this;
    }

    byte[] bytes() {
        try {
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String line, float size, float x) {
        ensure(size * 1.6f);
        try {
            text(line, size, x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= size * 1.6f;
    }

    private void text(String s, float size, float x) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(safe(s));
        out.endText();
    }

    /** The text with characters the embedded font lacks (e.g. 한자, emoji) shown as "?". */
    private String safe(String s) {
        StringBuilder b = new StringBuilder();
        s.replace('\t', ' ').replaceAll("\\p{Cntrl}", "").codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < para.length(); i++) {
                line.append(para.charAt(i));
                if (widthOf(line.toString(), size) > width) {
                    int cut = line.lastIndexOf(" ");
                    int at = cut > 0 ? cut : line.length() - 1;
                    lines.add(line.substring(0, at).stripTrailing());
                    line = new StringBuilder(line.substring(at).stripLeading());
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float widthOf(String s, float size) {
        try {
            return font.getStringWidth(safe(s)) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return s.length() * size;
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            try {
                out.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static byte[] font() {
        try (InputStream in = new ClassPathResource("fonts/NotoSansKR-Regular-subset.ttf").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
