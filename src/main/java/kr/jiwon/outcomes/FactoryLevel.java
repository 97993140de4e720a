package kr.jiwon.outcomes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A smart-factory level (스마트공장 수준확인, Level 1 점검 … 5 자율운영) before or after the project, with the date
 * of the assessment and its evidence (e.g. the 수준확인서 number).
 */
public record FactoryLevel(Stage stage, int level, LocalDate assessedOn, String evidence, Instant recordedAt,
        String recordedBy) {

    public enum Stage {
        BEFORE, AFTER
    }

    /** The level's name in the 수준확인 scheme and the build stage it maps to (a guide, not an official crosswalk). */
    public String messageKey() {
        return "factoryLevel." + level;
    }
}
