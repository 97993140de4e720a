package kr.jiwon.institutes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.TextList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The institute directory as shipped: {@code reference/research-institutes.csv} (names, cities, specialties) joined
 * with {@code reference/institute-profiles.csv} (fields, technologies, equipment, expertise written for Jiwon from
 * what the institutes publicly do). Read by the start-up import and by the command-line matcher.
 */
public final class InstituteDirectory {

    private InstituteDirectory() {
    }

    public static List<NewInstitute> seed() {
        Map<String, CSVRecord> profiles = new HashMap<>();
        read("reference/institute-profiles.csv").forEach(r -> profiles.put(r.get("short_name"), r));
        List<NewInstitute> out = new ArrayList<>();
        for (CSVRecord r : read("reference/research-institutes.csv")) {
            CSVRecord p = profiles.get(r.get("short_name"));
            out.add(new NewInstitute(r.get("short_name"), r.get("korean_name"), r.get("english_name"),
                    blankToNull(r.get("city")), blankToNull(r.get("yunghyeok_division")),
                    "yes".equals(r.get("yunghyeok_member_confirmed")), TextList.parse(r.get("specialty_ko")),
                    TextList.parse(r.get("specialty_en")), p == null ? TextList.EMPTY : TextList.parse(p.get("fields")),
                    p == null ? null : p.get("technologies"), p == null ? null : p.get("equipment"),
                    p == null ? null : p.get("expertise"), null));
        }
        return out;
    }

    private static List<CSVRecord> read(String resource) {
        try (Reader in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
