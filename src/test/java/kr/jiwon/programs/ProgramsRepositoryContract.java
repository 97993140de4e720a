package kr.jiwon.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import kr.jiwon.programs.NewCall.NewEligibility;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The repository behaviour every supported database must show; run on H2 and on a real PostgreSQL by the
 * subclasses.
 */
abstract class ProgramsRepositoryContract {

    @Autowired
    ProgramManagement programs;
    @Autowired
    CallManagement callManagement;
    @Autowired
    Calls calls;
    @Autowired
    Plans plans;
    @Autowired
    JdbcTemplate jdbc;

    private Program program(String code) {
        Plan plan = programs.createPlan(new NewPlan(2024, "2024 뿌리산업 진흥 실행계획", "산업통상자원부", Won.ofEok(6369),
                Won.ofEok(4057), "계획"));
        return programs.createProgram(new NewProgram(plan.id(), code, "소부장 심화기술지원", "산업통상자원부", "KIAT",
                Won.ofEok(34), null, 2021, null, 40, "설명", TextList.of("탄소중립", "바이오")));
    }

    private Call call(long programId) {
        return callManagement.create(new NewCall(programId, 1, "1차 공고", "요약", Won.ofEok(17), 25,
                LocalDateTime.of(2030, 3, 2, 9, 0), LocalDateTime.of(2030, 3, 31, 18, 0), List.of(
                        new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1),
                        new NewTrack("CONVERGENT", "융합형", Won.ofEok(2), 12, Won.ofEok(6), 2)),
                new NewEligibility(TextList.of("SME", "MIDSIZE"), true, false, TextList.of("48"), true,
                        TextList.of("51750"), TextList.of("탄소중립", "마이크로 OLED")),
                15, 20, 3));
    }

    @Test
    void storesAndReadsBackAPlanWithItsYearOnYearChange() {
        Program program = program("P1");
        Plan plan = plans.findById(program.planId()).orElseThrow();
        assertThat(plan.totalBudget()).isEqualTo(Won.ofEok(6369));
        assertThat(plan.yearOnYearPercent()).isEqualByComparingTo("57.0");
        assertThat(programs.program(program.id()).priorityFields().values()).containsExactly("탄소중립", "바이오");
        assertThat(programs.programByCode("P1")).isPresent();
    }

    @Test
    void storesACallWithItsTracksEligibilityAndWindow() {
        Call saved = call(program("P2").id());
        Call loaded = calls.findById(saved.id()).orElseThrow();
        assertThat(loaded.budget()).isEqualTo(Won.of(1_700_000_000L));
        assertThat(loaded.tracks()).extracting(Track::code).containsExactly("GENERAL", "CONVERGENT");
        assertThat(loaded.tracks().get(1).budget()).isEqualTo(Won.ofEok(6));
        assertThat(loaded.tracks().get(1).minInstitutes()).isEqualTo(2);
        assertThat(loaded.eligibility().sizeClasses().values()).containsExactly("SME", "MIDSIZE");
        assertThat(loaded.eligibility().requiresSobujang()).isTrue();
        assertThat(loaded.eligibility().prioritizesDeclineAreas()).isTrue();
        assertThat(loaded.eligibility().allowedRegions().values()).containsExactly("48");
        assertThat(loaded.eligibility().priorityFields().values()).containsExactly("탄소중립", "마이크로 OLED");
        assertThat(loaded.closesAt()).isEqualTo(java.time.Instant.parse("2030-03-31T09:00:00Z"));
        assertThat(loaded.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(loaded.graceMinutes()).isEqualTo(15);
        assertThat(loaded.minOwnContributionPercent()).isEqualTo(20);
        assertThat(loaded.instituteResponseDays()).isEqualTo(3);
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        Call saved = call(program("P3").id());
        Call first = calls.findById(saved.id()).orElseThrow();
        Call second = calls.findById(saved.id()).orElseThrow();
        first.publish(java.time.Instant.now());
        calls.save(first);
        second.publish(java.time.Instant.now());
        assertThatThrownBy(() -> calls.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(calls.findById(saved.id()).orElseThrow().status()).isEqualTo(CallStatus.PUBLISHED);
    }

    @Test
    void theDatabaseItselfRefusesAWindowThatClosesBeforeItOpens() {
        long programId = program("P4").id();
        assertThatThrownBy(() -> jdbc.update("""
                insert into funding_call (version, program_id, round, title, budget, opens_at, closes_at, status,
                                          created_at, status_changed_at)
                values (0, ?, 1, 'x', 1, timestamp '2030-03-31 18:00:00', timestamp '2030-03-01 18:00:00', 'DRAFT',
                        current_timestamp, current_timestamp)""", programId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void programCodesAreUnique() {
        program("P5");
        assertThatThrownBy(() -> program("P5")).isInstanceOf(kr.jiwon.shared.InvalidInputException.class);
    }
}
