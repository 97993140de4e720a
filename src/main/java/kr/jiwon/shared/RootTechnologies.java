package kr.jiwon.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** The 14 뿌리기술, found by code ("RT05") or by Korean name ("표면처리"). */
@Component
public class RootTechnologies {

    private final List<RootTechnology> all = new ArrayList<>();

    public RootTechnologies() {
        for (CSVRecord r : ReferenceCsv.read("reference/root-technologies.csv")) {
            all.add(new RootTechnology(r.get("code"), r.get("korean_name"), r.get("english_name"),
                    r.get("category_ko")));
        }
    }

    public List<RootTechnology> all() {
        return List.copyOf(all);
    }

    public Optional<RootTechnology> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String key = codeOrName.strip();
        return all.stream().filter(t -> t.code().equalsIgnoreCase(key) || t.koreanName().equals(key)).findFirst();
    }

    /** The codes of the given codes or names; an unknown one fails with the value named. */
    public TextList codesOf(TextList codesOrNames) {
        List<String> codes = new ArrayList<>();
        for (String v : codesOrNames.values()) {
            codes.add(find(v).orElseThrow(() -> new InvalidValueException("rootTechnology.unknown", v)).code());
        }
        return new TextList(codes);
    }
}
