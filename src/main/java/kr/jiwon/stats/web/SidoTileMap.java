package kr.jiwon.stats.web;

import java.util.List;
import java.util.Map;
import kr.jiwon.stats.RegionFigures;

/**
 * A tile map of Korea by 시도: one equal square per 시도, placed where it lies (서울 above 경기, 제주 at the bottom
 * left, 울산 and 부산 on the east coast) — the cartogram newspapers use for election results, so a small 시도 such
 * as 세종 is as visible as 경북. Drawn as SVG on the server, shaded by the applications handed in; the table beside it
 * is the same figures as text. Positions are ours (column, row); no outline data is needed.
 */
public final class SidoTileMap {

    static final int SIZE = 62;
    static final int GAP = 4;

    /** 행정표준코드 of the 시도 → column, row and the short name on the tile. */
    private static final Map<String, Object[]> LAYOUT = Map.ofEntries(
            Map.entry("11", new Object[]{1, 0, "서울"}), Map.entry("51", new Object[]{2, 0, "강원"}),
            Map.entry("28", new Object[]{0, 1, "인천"}), Map.entry("41", new Object[]{1, 1, "경기"}),
            Map.entry("43", new Object[]{2, 1, "충북"}), Map.entry("47", new Object[]{3, 1, "경북"}),
            Map.entry("44", new Object[]{0, 2, "충남"}), Map.entry("36", new Object[]{1, 2, "세종"}),
            Map.entry("30", new Object[]{2, 2, "대전"}), Map.entry("27", new Object[]{3, 2, "대구"}),
            Map.entry("31", new Object[]{4, 2, "울산"}), Map.entry("52", new Object[]{1, 3, "전북"}),
            Map.entry("48", new Object[]{2, 3, "경남"}), Map.entry("26", new Object[]{3, 3, "부산"}),
            Map.entry("29", new Object[]{0, 4, "광주"}), Map.entry("46", new Object[]{1, 4, "전남"}),
            Map.entry("50", new Object[]{0, 5, "제주"}));

    /** One 시도's square: where it is drawn, its names and figures, and its shade (0 none … 4 most). */
    public record Tile(String code, int x, int y, String shortName, String name, int handedIn, int selected,
            int shade) {

        public int textX() {
            return x + SIZE / 2;
        }
    }

    static int width() {
        return 5 * (SIZE + GAP);
    }

    static int height() {
        return 6 * (SIZE + GAP);
    }

    static List<Tile> tiles(List<RegionFigures> regions) {
        int max = regions.stream().mapToInt(RegionFigures::handedIn).max().orElse(0);
        return regions.stream().filter(r -> LAYOUT.containsKey(r.sidoCode())).map(r -> {
            Object[] at = LAYOUT.get(r.sidoCode());
            int shade = r.handedIn() == 0 || max == 0 ? 0 : 1 + (int) Math.min(3, 4L * (r.handedIn() - 1) / max);
            return new Tile(r.sidoCode(), (int) at[0] * (SIZE + GAP), (int) at[1] * (SIZE + GAP), (String) at[2],
                    r.sido(), r.handedIn(), r.selected(), shade);
        }).toList();
    }

    private SidoTileMap() {
    }
}
