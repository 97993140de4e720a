package kr.jiwon.persistence;

import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The persistence contracts on the embedded H2 (PostgreSQL mode), without demo data. */
@SpringBootTest(properties = "jiwon.demo.enabled=false")
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class PersistenceH2IntegrationTests {

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
