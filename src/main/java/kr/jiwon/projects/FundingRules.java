package kr.jiwon.projects;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.ReferenceCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** The programs' funding rules, read once from {@code projects/funding-rules.csv}; {@code *} is the default. */
@Component
public class FundingRules {

    private final Map<String, FundingRule> byProgram = new HashMap<>();

    FundingRules() {
        for (CSVRecord r : ReferenceCsv.read("projects/funding-rules.csv")) {
            FundingRule rule = new FundingRule(r.get("program"), FundingRule.Mode.valueOf(r.get("mode")),
                    pairs(r.get("support_cap_percent"), CompanySize::valueOf, CompanySize.class),
                    pairs(r.get("cash_floor_percent"), CompanySize::valueOf, CompanySize.class),
                    pairs(r.get("funder_shares_percent"), Funder::valueOf, Funder.class),
                    List.of(r.get("categories").split("\\|")),
                    new LinkedHashSet<>(Arrays.asList(r.get("prior_approval").split("\\|"))), r.get("source"));
            byProgram.put(rule.programCode(), rule);
        }
    }

    /** The program's rule, or the default one (national R&D matching funds). */
    public FundingRule of(String programCode) {
        return byProgram.getOrDefault(programCode, byProgram.get("*"));
    }

    private static <K extends Enum<K>> Map<K, Integer> pairs(String text, Function<String, K> key, Class<K> type) {
        Map<K, Integer> out = new EnumMap<>(type);
        if (text != null && !text.isBlank()) {
            for (String pair : text.split("\\|")) {
                String[] kv = pair.split(":");
                out.put(key.apply(kv[0].strip()), Integer.parseInt(kv[1].strip()));
            }
        }
        return out;
    }
}
