package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JiwonPlatform.class);

    @Test
    void modulesRespectTheirDeclaredDependenciesAndHideTheirInternals() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "programs", "institutes", "companies", "accounts", "demo");
    }
}
