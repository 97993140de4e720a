package kr.jiwon.projects;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bank or card export of the grant account (as RCMS collects spending): a header row with 거래일자, 거래처,
 * 금액, 비목, 적요 and 세금계산서번호 (English names date, payee, amount, category, description, invoice also work),
 * in UTF-8 (with or without BOM) or CP949 as Korean banks export. At most 1,000 lines.
 */
final class SpendingCsv {

    static final int MAX_LINES = 1000;
    private static final Map<String, List<String>> HEADERS = Map.of("date", List.of("거래일자", "일자", "date"),
            "payee", List.of("거래처", "가맹점", "payee"), "amount", List.of("금액", "출금액", "amount"), "category",
            List.of("비목", "category"), "description", List.of("적요", "내용", "description"), "invoice",
            List.of("세금계산서번호", "승인번호", "invoice"));

    /** One data line: the entry as read, or what could not be read. */
    record Row(int lineNumber, SpendingEntry entry, List<FieldViolation> problems) {
    }

    private SpendingCsv() {
    }

    static List<Row> parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "spendingCsv.empty");
        }
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(new StringReader(decode(bytes))).getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of("file", "spendingCsv.unreadable");
        }
        if (records.isEmpty()) {
            throw InvalidInputException.of("file", "spendingCsv.empty");
        }
        if (records.size() > MAX_LINES) {
            throw InvalidInputException.of("file", "spendingCsv.tooMany", MAX_LINES);
        }
        Map<String, String> columns = columns(records.get(0).getParser().getHeaderNames());
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            rows.add(row((int) r.getRecordNumber() + 1, r, columns));
        }
        return rows;
    }

    private static Row row(int line, CSVRecord r, Map<String, String> columns) {
        List<FieldViolation> problems = new ArrayList<>();
        LocalDate date = null;
        Won amount = null;
        try {
            date = LocalDate.parse(get(r, columns, "date").replace('.', '-').replace('/', '-'));
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation("spentOn", "spendingCsv.date", new Object[]{get(r, columns, "date")}));
        }
        try {
            amount = Won.parse(get(r, columns, "amount"));
        } catch (RuntimeException e) {
            problems.add(new FieldViolation("amount", "spendingCsv.amount", new Object[]{get(r, columns, "amount")}));
        }
        String payee = get(r, columns, "payee");
        if (payee.isBlank()) {
            problems.add(new FieldViolation("payee", "field.required", new Object[0]));
        }
        if (amount != null && amount.amount() <= 0) {
            problems.add(new FieldViolation("amount", "project.amountPositive", new Object[0]));
        }
        SpendingEntry entry = new SpendingEntry(date, payee, amount, get(r, columns, "category"),
                get(r, columns, "description"), get(r, columns, "invoice"), null);
        return new Row(line, entry, problems);
    }

    private static Map<String, String> columns(List<String> header) {
        Map<String, String> out = new java.util.HashMap<>();
        HEADERS.forEach((key, names) -> header.stream().filter(h -> names.contains(h.strip().replace("\uFEFF", "")))
                .findFirst().ifPresent(h -> out.put(key, h)));
        for (String required : List.of("date", "payee", "amount", "category")) {
            if (!out.containsKey(required)) {
                throw InvalidInputException.of("file", "spendingCsv.header", HEADERS.get(required).get(0));
            }
        }
        return out;
    }

    private static String get(CSVRecord r, Map<String, String> columns, String key) {
        String column = columns.get(key);
        return column == null || !r.isMapped(column) || !r.isSet(column) ? "" : r.get(column).strip();
    }

    /** UTF-8 if the bytes are valid UTF-8, otherwise CP949 (what Korean banks' Excel exports use). */
    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("MS949"));
        }
    }
}
