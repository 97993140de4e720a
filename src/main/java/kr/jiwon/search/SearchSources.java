package kr.jiwon.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.institutes.ResearchInstitute;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.Region;
import kr.jiwon.shared.Regions;
import org.springframework.stereotype.Component;

/** Turns calls, programs, institutes and posts into search documents, reading them through their modules. */
@Component
class SearchSources {

    private final CallManagement calls;
    private final ProgramManagement programs;
    private final InstituteManagement institutes;
    private final NoticeBoard board;
    private final Regions regions;

    SearchSources(CallManagement calls, ProgramManagement programs, InstituteManagement institutes, NoticeBoard board,
            Regions regions) {
        this.calls = calls;
        this.programs = programs;
        this.institutes = institutes;
        this.board = board;
        this.regions = regions;
    }

    List<SearchDocument> all() {
        List<SearchDocument> out = new ArrayList<>();
        calls.calls(CallFilter.published()).forEach(c -> out.add(call(c)));
        programs.programs().forEach(p -> out.add(program(p)));
        institutes.all().forEach(i -> out.add(institute(i)));
        board.all().forEach(n -> notice(n).ifPresent(out::add));
        return out;
    }

    Optional<SearchDocument> call(long id) {
        Call c = calls.call(id);
        return c.status() == CallStatus.DRAFT ? Optional.empty() : Optional.of(call(c));
    }

    SearchDocument call(Call c) {
        Program p = programs.program(c.programId());
        StringBuilder body = new StringBuilder(nullToEmpty(c.summary())).append('\n').append(p.name());
        c.tracks().forEach(t -> body.append('\n').append(t.name()).append(' ').append(t.cap().korean()));
        body.append('\n').append(String.join(" ", c.eligibility().priorityFields().values()));
        List<String> fields = new ArrayList<>(c.eligibility().priorityFields().values());
        fields.addAll(p.priorityFields().values());
        List<String> regionCodes = c.eligibility().allowedRegions().isEmpty()
                ? List.of(SearchDocument.ALL_REGIONS)
                : c.eligibility().allowedRegions().values().stream().map(code -> code.substring(0, 2)).distinct()
                        .toList();
        return new SearchDocument(SearchKind.CALL, String.valueOf(c.id()), c.title(), body.toString(),
                "/calls/" + c.id(), null, fields, regionCodes,
                c.statusChangedAt() != null ? c.statusChangedAt() : c.createdAt(), c.opensAt(), c.closesAt());
    }

    SearchDocument program(long id) {
        return program(programs.program(id));
    }

    SearchDocument institute(String shortName) {
        return institute(institutes.institute(shortName));
    }

    SearchDocument program(Program p) {
        String body = nullToEmpty(p.description()) + "\n" + nullToEmpty(p.ministry()) + " "
                + nullToEmpty(p.managingAgency()) + "\n" + String.join(" ", p.priorityFields().values());
        return new SearchDocument(SearchKind.PROGRAM, String.valueOf(p.id()), p.name(), body, "/programs/" + p.id(),
                null, p.priorityFields().values(), List.of(SearchDocument.ALL_REGIONS), p.createdAt(), null, null);
    }

    SearchDocument institute(ResearchInstitute i) {
        // what the institute does comes first, so that a hit that does not match in the text still shows it, not
        // the name, English name and city the title and card already say (they stay searchable, at the end)
        String body = String.join("\n", nullToEmpty(i.expertise()), nullToEmpty(i.technologies()),
                nullToEmpty(i.equipment()), String.join(" ", i.specialties().values()),
                String.join(" ", i.fields().values()), i.shortName(), nullToEmpty(i.englishName()),
                nullToEmpty(i.city())).strip();
        return new SearchDocument(SearchKind.INSTITUTE, i.shortName(), i.koreanName() + " (" + i.shortName() + ")",
                body, "/institutes/" + i.shortName(), null, i.fields().values(), regionsOf(i.city()), i.createdAt(),
                null, null);
    }

    /** The posts changed since then, on any instance. */
    List<Long> noticesChangedSince(java.time.Instant since) {
        return board.changedSince(since);
    }

    Optional<SearchDocument> notice(long id) {
        return board.find(id).flatMap(this::notice);
    }

    Optional<SearchDocument> notice(Notice n) {
        if (!n.visible()) {
            return Optional.empty();
        }
        String body = n.bodyText() + "\n" + n.author() + " " + nullToEmpty(n.department());
        return Optional.of(new SearchDocument(SearchKind.NOTICE, String.valueOf(n.id()), n.title(), body,
                "/notices/" + n.id(), n.category().name(), List.of(), List.of(SearchDocument.ALL_REGIONS),
                n.publishAt(), null, null));
    }

    /** The 시도 codes whose name or whose 시군구 names start with the institute's city (대전, 창원 …). */
    private List<String> regionsOf(String city) {
        if (city == null || city.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Region r : regions.all()) {
            if (r.sido().startsWith(city) || r.sigungu().startsWith(city)) {
                out.add(r.sidoCode());
            }
        }
        return List.copyOf(out);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
