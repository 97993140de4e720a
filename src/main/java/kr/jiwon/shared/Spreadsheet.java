package kr.jiwon.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list as officers take it to Excel: Korean headers and rows of cells (text, or numbers such as amounts in won,
 * which stay numbers in the workbook). Written as CSV in UTF-8 with a byte-order mark (so Excel reads Korean) or as
 * an XLSX workbook with a bold, frozen header row. The one exporter every module's lists use.
 */
public final class Spreadsheet {

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    private Spreadsheet(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static Spreadsheet withHeader(String... header) {
        return new Spreadsheet(Arrays.asList(header));
    }

    public static Spreadsheet withHeader(List<String> header) {
        return new Spreadsheet(header);
    }

    /** Adds a row; a null cell is left empty, a {@link Number} is written as a number. */
    public Spreadsheet row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    public Spreadsheet row(List<?> cells) {
        rows.add(new ArrayList<>(cells));
        return this;
    }

    public Spreadsheet rows(List<? extends List<?>> more) {
        more.forEach(this::row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern
            .compile("[-+]?\\d[\\d,]*(\\.\\d+)?");

    /**
     * A text cell as a spreadsheet must not run it (OWASP CSV injection): one that begins with {@code = + - @}, a
     * tab or a carriage return gets a leading apostrophe, unless it is a plain number ("-5") or the character alone.
     */
    static String neutralised(String text) {
        if (text.length() < 2 || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** UTF-8 CSV with a byte-order mark; text that would start a formula in a spreadsheet is neutralised. */
    public byte[] csv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> r : rows) {
                csv.printRecord(r.stream().map(c -> c == null
                        ? ""
                        : c instanceof CharSequence s
                                ? neutralised(s.toString())
                                : c)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An XLSX workbook with one sheet of this name. */
    public byte[] xlsx(String sheetName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object c = cells.get(i);
                    if (c instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (c != null) {
                        row.createCell(i).setCellValue(c.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, header.get(i).length() * 3)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
