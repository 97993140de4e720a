package kr.jiwon.institutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.ReferenceCsv;
import kr.jiwon.shared.TextList;
import org.apache.commons.csv.CSVRecord;

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
        ReferenceCsv.read("reference/institute-profiles.csv").forEach(r -> profiles.put(r.get("short_name"), r));
        List<NewInstitute> out = new ArrayList<>();
        for (CSVRecord r : ReferenceCsv.read("reference/research-institutes.csv")) {
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
