package kr.jiwon.companies;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "jiwon.demo.enabled=false")
@ActiveProfiles({"embedded", "test"})
class CompaniesRepositoryH2IntegrationTests extends CompaniesRepositoryContract {
}
