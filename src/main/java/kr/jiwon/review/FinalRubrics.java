package kr.jiwon.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.ReferenceCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** The programs' final-evaluation rules, read once from {@code review/final-evaluation.csv}; {@code *} is the default. */
@Component
public class FinalRubrics {

    private final Map<String, FinalRubric> byProgram = new HashMap<>();

    FinalRubrics() {
        for (CSVRecord r : ReferenceCsv.read("review/final-evaluation.csv")) {
            List<FinalRubric.Grade> grades = new ArrayList<>();
            for (String g : r.get("grades").split("\\|")) {
                String[] p = g.split(":", 4);
                grades.add(new FinalRubric.Grade(p[0], Double.parseDouble(p[1]), Integer.parseInt(p[2]),
                        p[3].isBlank() ? null : p[3]));
            }
            byProgram.put(r.get("program"), new FinalRubric(r.get("program"),
                    ReviewPlan.parseCriteria(r.get("criteria")), Integer.parseInt(r.get("min_panel")),
                    List.copyOf(grades), r.get("source")));
        }
    }

    public FinalRubric of(String programCode) {
        return byProgram.getOrDefault(programCode, byProgram.get("*"));
    }
}
