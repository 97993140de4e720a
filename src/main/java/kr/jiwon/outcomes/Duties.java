package kr.jiwon.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.ReferenceCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** The programs' reporting and survey duties; a program with no row of its own follows {@code *}. */
@Component
public class Duties {

    private final Map<String, List<Duty>> byProgram = new LinkedHashMap<>();

    Duties() {
        for (CSVRecord r : ReferenceCsv.read("outcomes/duties.csv")) {
            byProgram.computeIfAbsent(r.get("program"), k -> new ArrayList<>()).add(new Duty(r.get("program"),
                    Duty.Kind.valueOf(r.get("duty")), r.get("rule"), Integer.parseInt(r.get("count")),
                    r.get("source")));
        }
    }

    public List<Duty> of(String programCode) {
        return byProgram.getOrDefault(programCode, byProgram.get("*"));
    }
}
