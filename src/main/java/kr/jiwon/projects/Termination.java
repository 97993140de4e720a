package kr.jiwon.projects;

import java.time.LocalDate;

/**
 * 협약 해약: the agency ends a signed agreement before its period, as of a date, for one of the grounds national R&D
 * agreements name (국가연구개발혁신법's 협약 해약 사유 — the company asks to stop, it goes bankrupt or closes, it breaches
 * the agreement, or the project cannot reach its goals; the article's wording is summarised, not quoted), with the
 * officer's account of it. The project is then settled as of that date.
 */
public record Termination(LocalDate on, Kind kind, String reason) {

    public enum Kind {

        /** 기업의 중단 요청(중도 포기). */
        COMPANY_REQUEST,
        /** 부도·파산·폐업 등으로 수행할 수 없음. */
        INSOLVENCY,
        /** 중대한 협약 위반·사업비 부정 사용. */
        BREACH,
        /** 목표 달성이 불가능하다고 판단됨(점검·평가 결과). */
        NOT_FEASIBLE;

        public String messageKey() {
            return "termination." + name();
        }
    }
}
