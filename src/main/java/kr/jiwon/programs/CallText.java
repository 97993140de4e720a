package kr.jiwon.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A call's terms as a public notice states them, item by item in Korean (the language of the 공고), so that an
 * amendment can say exactly what changed: "접수 마감: 2026.12.28(월) 18:00 → 2027.01.04(월) 18:00".
 */
@Component
class CallText {

    private final Regions regions;
    private final MessageSource messages;

    CallText(Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    Map<String, String> terms(Call c) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("공고명", c.title());
        t.put("개요", c.summary() == null ? "" : c.summary());
        t.put("공고 예산", c.budget().korean());
        t.put("선정 예정 과제 수", c.expectedProjects() == null ? "" : c.expectedProjects() + "개");
        t.put("접수 시작", SeoulTime.notice(c.opensAt()));
        t.put("접수 마감", SeoulTime.notice(c.closesAt()));
        t.put("마감 후 유예", c.graceMinutes() == 0 ? "없음" : c.graceMinutes() + "분");
        for (Track k : c.tracks()) {
            t.put("유형 " + k.name(), "과제당 최대 " + k.cap().korean() + ", 최장 " + k.maxMonths() + "개월"
                    + (k.minInstitutes() > 0 ? ", 연구기관 " + k.minInstitutes() + "곳 이상" : "")
                    + (k.budget() == null ? "" : ", 유형 예산 " + k.budget().korean()));
        }
        Eligibility e = c.eligibility();
        t.put("기업 규모", String.join(", ", e.sizeClasses().values().stream().map(this::size).toList()));
        t.put("소부장 기업 요건", e.requiresSobujang() ? "필수" : "없음");
        t.put("뿌리기업 요건", e.requiresRootCompany() ? "필수" : "없음");
        t.put("신청 가능 지역", e.allowedRegions().isEmpty() ? "전국" : names(e.allowedRegions().values()));
        t.put("인구감소지역 우대", e.prioritizesDeclineAreas() ? "우대" : "없음");
        t.put("융합형 과제 우대", e.prioritizesConvergent() ? "우대" : "없음");
        t.put("우대 지역", names(e.priorityRegions().values()));
        t.put("우대 분야", String.join(", ", e.priorityFields().values()));
        t.put("확인·서약", String.join(", ", e.requiredDeclarations().stream().map(this::declaration).toList()));
        t.put("기업 부담 비율", c.minOwnContributionPercent() == null
                ? "없음"
                : c.minOwnContributionPercent() + "% 이상" + (c.ownShareOfTotal() ? "(총사업비 기준)" : ""));
        t.put("재원 분담", String.join(", ", c.costShares().stream()
                .map(x -> x.funder() + " " + x.percent() + "%" + (x.company() ? "(기업 부담)" : "")).toList()));
        // a call whose tracks take no research institute (삼성 스마트공장 3.0) has no institute response time
        t.put("연구기관 응답 기한", c.tracks().stream().anyMatch(k -> k.minInstitutes() > 0)
                ? c.instituteResponseDays() + "일"
                : "해당 없음(연구기관 참여 없음)");
        t.put("제출 서류", String.join(", ", c.notice().requiredDocuments().values()));
        t.put("담당자", (c.notice().contactName() == null ? "" : c.notice().contactName())
                + (c.notice().contactPhone() == null ? "" : " " + c.notice().contactPhone()).strip());
        t.put("발표 예정일", c.notice().announceOn() == null ? "" : SeoulTime.notice(c.notice().announceOn()));
        return t;
    }

    /** What differs between two statements of the terms, one line per item ("항목: 전 → 후"). */
    List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        after.forEach((item, value) -> {
            String was = before.get(item);
            if (!Objects.equals(was, value)) {
                out.add(item + ": " + (was == null || was.isEmpty() ? "(없음)" : was) + " → "
                        + (value.isEmpty() ? "(없음)" : value));
            }
        });
        before.forEach((item, was) -> {
            if (!after.containsKey(item)) {
                out.add(item + ": " + was + " → (삭제)");
            }
        });
        return out;
    }

    private String size(String code) {
        return messages.getMessage(CompanySize.valueOf(code).messageKey(), null, code, Locale.KOREAN);
    }

    private String names(List<String> codes) {
        return String.join(", ", codes.stream().map(regions::nameOf).toList());
    }

    /** A declaration as the call's terms name it (the same short name the pages show). */
    private String declaration(Declaration d) {
        return messages.getMessage("declaration.short." + d.name(), null, d.name(), Locale.KOREAN);
    }
}
