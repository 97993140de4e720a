package kr.jiwon.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.jiwon.shared.Region;
import kr.jiwon.shared.Regions;

/**
 * Finds the 시도 a text talks about: province names (대구, 경북, 충북 …), unambiguous city and county names
 * (김해, 구미, 거제 …) and a few industrial complexes known by their own names (시화, 반월, 오창, 오송, 성서).
 */
final class RegionGazetteer {

    private static final Map<String, String> SIDO_SHORT = Map.ofEntries(
            Map.entry("서울", "11"), Map.entry("부산", "26"), Map.entry("대구", "27"), Map.entry("인천", "28"),
            Map.entry("광주광역시", "29"), Map.entry("대전", "30"), Map.entry("울산", "31"), Map.entry("세종", "36"),
            Map.entry("경기", "41"), Map.entry("강원", "51"), Map.entry("충북", "43"), Map.entry("충청북도", "43"),
            Map.entry("충남", "44"), Map.entry("충청남도", "44"), Map.entry("전북", "52"), Map.entry("전라북도", "52"),
            Map.entry("전남", "46"), Map.entry("전라남도", "46"), Map.entry("경북", "47"), Map.entry("경상북도", "47"),
            Map.entry("경남", "48"), Map.entry("경상남도", "48"), Map.entry("제주", "50"));
    private static final Map<String, String> COMPLEXES = Map.of("시화", "41", "반월", "41", "오창", "43", "오송", "43",
            "성서", "27", "녹산", "26", "명지", "26");

    private final Map<String, String> names = new LinkedHashMap<>();

    RegionGazetteer(Regions regions) {
        Map<String, Set<String>> stems = new HashMap<>();
        for (Region r : regions.all()) {
            String stem = r.sigungu().replaceAll("(특별자치시|시|군|구)$", "");
            if (stem.length() >= 2) {
                stems.computeIfAbsent(stem, k -> new HashSet<>()).add(r.sidoCode());
            }
        }
        stems.forEach((stem, sidos) -> {
            if (sidos.size() == 1 && !SIDO_SHORT.containsKey(stem) && !stem.equals("광주")) {
                names.put(stem, sidos.iterator().next());
            }
        });
        names.putAll(COMPLEXES);
        names.putAll(SIDO_SHORT);
    }

    /** The 시도 code of the first place named in the text, if any. */
    Optional<String> sidoIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        String sido = null;
        for (Map.Entry<String, String> e : names.entrySet()) {
            int at = text.indexOf(e.getKey());
            if (at >= 0 && at < best) {
                best = at;
                sido = e.getValue();
            }
        }
        return Optional.ofNullable(sido);
    }

    /** The 시도 code of an institute's city ("창원" → 48, "대전" → 30). */
    Optional<String> sidoOfCity(String city) {
        if (city == null || city.isBlank()) {
            return Optional.empty();
        }
        String c = city.strip();
        return Optional.ofNullable(names.getOrDefault(c, SIDO_SHORT.get(c)));
    }
}
