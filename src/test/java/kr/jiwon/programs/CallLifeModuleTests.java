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
}
