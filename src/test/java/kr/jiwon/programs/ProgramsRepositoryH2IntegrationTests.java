package kr.jiwon.programs;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"embedded", "test"})
class ProgramsRepositoryH2IntegrationTests extends ProgramsRepositoryContract {
}
