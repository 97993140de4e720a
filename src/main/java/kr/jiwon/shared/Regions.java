package kr.jiwon.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The 시도/시군구 directory (2024 codes: 강원 51, 전북 52, 군위군 27720) with the 인구감소지역 (89) and
 * 인구감소관심지역 (18) designations. Older and announced codes of those areas are accepted as aliases.
 */
@Component
public class Regions {

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, String> sidoNames = new LinkedHashMap<>();

    public Regions() {
        Set<String> decline = new HashSet<>();
        Set<String> interest = new HashSet<>();
        readDesignations("reference/population-decline-areas.csv", decline);
        readDesignations("reference/population-decline-interest-areas.csv", interest);
        for (CSVRecord r : ReferenceCsv.read("reference/regions.csv")) {
            String code = r.get("sgg_code");
            sidoNames.putIfAbsent(r.get("sido_code"), r.get("sido"));
            byCode.put(code, new Region(code, r.get("sido_code"), r.get("sido"), r.get("sigungu"),
                    decline.contains(code), interest.contains(code)));
        }
    }

    private void readDesignations(String resource, Set<String> target) {
        for (CSVRecord r : ReferenceCsv.read(resource)) {
            String canonical = r.get("sgg_code_2024");
            target.add(canonical);
            aliases.put(r.get("sgg_code"), canonical);
            aliases.put(r.get("sgg_code_2026"), canonical);
        }
    }

    public Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        Region r = byCode.get(c);
        if (r == null && aliases.containsKey(c)) {
            r = byCode.get(aliases.get(c));
        }
        return Optional.ofNullable(r);
    }

    /** The region of a 시군구 code, or an {@link InvalidValueException} naming the unknown code. */
    public Region require(String code) {
        return find(code).orElseThrow(() -> new InvalidValueException("region.unknown", String.valueOf(code)));
    }

    /** True for a five-digit 시군구 code or a two-digit 시도 code that exists. */
    public boolean isKnown(String code) {
        return code != null && (find(code).isPresent() || sidoNames.containsKey(code.strip()));
    }

    /** Whether a company in {@code regionCode} lies in {@code area}: the same 시군구, or inside the 시도. */
    public boolean contains(String area, String regionCode) {
        Optional<Region> region = find(regionCode);
        if (region.isEmpty() || area == null) {
            return false;
        }
        String a = find(area).map(Region::code).orElse(area.strip());
        return a.equals(region.get().code()) || a.equals(region.get().sidoCode());
    }

    public String nameOf(String code) {
        if (code != null && sidoNames.containsKey(code)) {
            return sidoNames.get(code);
        }
        return find(code).map(Region::name).orElse(code);
    }

    /** The code of a 시도 or 시군구 given by its name as {@link #nameOf} writes it ("경상남도 밀양시") or by its code. */
    public Optional<String> codeOf(String nameOrCode) {
        String w = nameOrCode == null ? "" : nameOrCode.strip().replaceAll("\\s+", " ");
        if (isKnown(w)) {
            return Optional.of(w);
        }
        for (Map.Entry<String, String> e : sidoNames.entrySet()) {
            if (e.getValue().equals(w)) {
                return Optional.of(e.getKey());
            }
        }
        return byCode.values().stream().filter(r -> r.name().equals(w)).map(Region::code).findFirst();
    }

    /** Every 시도 and 시군구 name, for a typeahead: 시도 first, then 시군구 in code order. */
    public List<String> names() {
        List<String> out = new ArrayList<>(sidoNames.values());
        byCode.values().stream().map(Region::name).filter(n -> !out.contains(n)).forEach(out::add);
        return out;
    }

    public Map<String, String> sidos() {
        return Collections.unmodifiableMap(sidoNames);
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * The 시도 codes a word names as a place: a 시도 ("경상남도"), a 시군구 with or without its 시/군/구 ("김해시",
     * "김해", "의령군"). Several for a name that exists in more than one 시도 ("중구", "고성"); none for other words.
     */
    public Set<String> sidosNamed(String word) {
        String w = word == null ? "" : word.strip();
        Set<String> sidos = new java.util.TreeSet<>();
        if (w.length() < 2) {
            return sidos;
        }
        sidoNames.forEach((code, name) -> {
            if (name.equals(w)) {
                sidos.add(code);
            }
        });
        for (Region r : byCode.values()) {
            String sgg = r.sigungu();
            String bare = sgg.length() > 2 && (sgg.endsWith("시") || sgg.endsWith("군") || sgg.endsWith("구"))
                    ? sgg.substring(0, sgg.length() - 1)
                    : sgg;
            if (sgg.equals(w) || bare.equals(w)) {
                sidos.add(r.sidoCode());
            }
        }
        return sidos;
    }

    public List<Region> declineAreas() {
        List<Region> result = new ArrayList<>();
        byCode.values().stream().filter(Region::declineArea).forEach(result::add);
        return result;
    }
}
