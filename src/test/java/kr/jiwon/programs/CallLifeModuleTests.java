package kr.jiwon.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The programs module on its own (with the modules it uses — companies, audit, the kernel — nothing else): a call's life is stored step by
 * step, every change is announced as {@link CallChanged}, and a refused step stores nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false") // no search here
class CallLifeModuleTests {

    @Autowired
    CallManagement calls;
    @Autowired
    ProgramManagement programs;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCallsLifeIsStoredStepByStepAndEveryChangeIsAnnounced(PublishedEvents events) {
        Instant now = Instant.now();
        long programId = programs.createProgram(new NewProgram(null, "MOD", "모듈 시험 사업", "산업통상자원부", null,
                Won.ofEok(10), null, null, null, null, null, null)).id();
        Call call = calls.create(new NewCall(programId, 1, "모듈 시험 공고", null, Won.ofEok(5), 10,
                LocalDateTime.ofInstant(now.minusSeconds(86_400), SeoulTime.ZONE),
                LocalDateTime.ofInstant(now.plusSeconds(86_400), SeoulTime.ZONE),
                List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1)), null, 0, null, null));
        calls.publish(call.id());
        assertThatThrownBy(() -> calls.beginScreening(call.id())).isInstanceOf(CallStageException.class);
        assertThat(calls.call(call.id()).status()).isEqualTo(CallStatus.PUBLISHED);

        clock.advance(Duration.ofDays(2));
        assertThat(calls.closeDue()).isEqualTo(1);
        assertThat(calls.call(call.id()).status()).isEqualTo(CallStatus.CLOSED);
        calls.startReview(call.id(), 0);
        calls.announceSelection(call.id(), 0, 0);
        Instant until = clock.instant().plus(Duration.ofDays(7));
        assertThatThrownBy(() -> calls.finalizeResults(call.id(), until, 0, 0))
                .isInstanceOf(CallStageException.class);
        clock.advance(Duration.ofDays(8));
        calls.finalizeResults(call.id(), until, 0, 0);
        assertThat(calls.call(call.id()).status()).isEqualTo(CallStatus.FINALIZED);
        assertThat(events.ofType(CallChanged.class).matching(e -> e.callId() == call.id())).hasSize(6);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    /**
     * Calls are read on every submission, so they are kept in memory while their stored version is unchanged:
     * the same call is handed out until it changes, a committed change is seen at once, and a change that rolls
     * back is never kept (here a close that rolls back, then an amendment that reaches the same version number).
     */
    @Test
    void aCallIsKeptWhileUnchangedReadAfreshAfterAChangeAndNeverKeptFromARolledBackChange() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long programId = programs.createProgram(new NewProgram(null, "KEPT", "보관 시험 사업", "산업통상자원부", null,
                Won.ofEok(10), null, null, null, null, null, null)).id();
        java.util.function.Function<String, NewCall> draft = title -> new NewCall(programId, 1, title, null,
                Won.ofEok(5), 10, LocalDateTime.ofInstant(now.minusSeconds(86_400), SeoulTime.ZONE),
                LocalDateTime.ofInstant(now.plusSeconds(86_400), SeoulTime.ZONE),
                List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1)), null, 0, null, null);
        long id = calls.create(draft.apply("보관 시험 공고")).id();
        calls.publish(id);
        Call kept = calls.call(id);
        assertThat(calls.call(id)).isSameAs(kept);
        assertThat(kept.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThatThrownBy(() -> kept.tracks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(programs.program(programId)).isSameAs(programs.program(programId));

        tx.executeWithoutResult(status -> {
            clock.advance(Duration.ofDays(2));
            calls.closeDue();
            assertThat(calls.call(id).status()).isEqualTo(CallStatus.CLOSED);
            status.setRollbackOnly();
        });
        clock.reset();
        assertThat(calls.call(id).status()).isEqualTo(CallStatus.PUBLISHED);

        calls.edit(id, kept.version(), draft.apply("보관 시험 공고 (정정)"), "공고명 오기 정정",
                kr.jiwon.shared.Actor.system());
        Call amended = calls.call(id);
        assertThat(amended.version()).isEqualTo(kept.version() + 1);
        assertThat(amended.title()).isEqualTo("보관 시험 공고 (정정)");
        assertThat(amended.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(calls.call(id)).isSameAs(amended);
    }
}
