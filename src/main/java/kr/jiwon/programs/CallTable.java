package kr.jiwon.programs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;

/**
 * Calls as rows of a list for Excel: 공고 번호, 공고명, 사업, 소관 부처, 수행 기관, 차수, 단계, 접수 시작·마감 (Asia/Seoul), 공고
 * 예산 in whole won, 지원 유형. The public call list and the officer's list (which adds its own columns) both use it.
 */
public final class CallTable {

    public static final List<String> HEADER = List.of("공고 번호", "공고명", "사업", "소관 부처", "수행 기관", "차수", "단계",
            "접수 시작", "접수 마감", "공고 예산(원)", "지원 유형");

    private CallTable() {
    }

    /** The cells of one call, in the order of {@link #HEADER}. */
    public static List<Object> cells(Call c, Map<Long, Program> programs, Instant now, MessageSource messages) {
        Program p = programs.get(c.programId());
        List<Object> out = new ArrayList<>();
        out.add(c.id());
        out.add(c.title());
        out.add(p == null ? null : p.name());
        out.add(p == null ? null : p.ministry());
        out.add(p == null ? null : p.managingAgency());
        out.add(c.round());
        out.add(messages.getMessage("phase." + c.phase(now).name(), null, c.phase(now).name(), Locale.KOREAN));
        out.add(SeoulTime.wallClock(c.opensAt()));
        out.add(SeoulTime.wallClock(c.closesAt()));
        out.add(c.budget().amount());
        out.add(String.join(", ", c.tracks().stream().map(Track::name).toList()));
        return out;
    }
}
