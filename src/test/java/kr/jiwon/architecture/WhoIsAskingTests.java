package kr.jiwon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kr.jiwon.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Who is asking" is answered in one place: handlers take a {@code CurrentUser} or an {@code Actor} parameter
 * (resolved in the kernel's web layer through the {@code CurrentUsers} port that accounts implements); no other
 * module reads Spring Security's authentication or looks a signed-in user up by name.
 */
class WhoIsAskingTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kr.jiwon");

    @Test
    void onlyTheKernelAndAccountsReadTheAuthentication() {
        noClasses().that().resideOutsideOfPackages("kr.jiwon.shared..", "kr.jiwon.accounts..")
                .should().dependOnClassesThat().areAssignableTo(Authentication.class)
                .orShould().accessClassesThat().areAssignableTo(SecurityContextHolder.class)
                .because("handlers get the signed-in user as a CurrentUser or Actor parameter")
                .check(classes);
    }

    @Test
    void noModuleLooksTheSignedInUserUpByName() {
        noClasses().that().resideOutsideOfPackages("kr.jiwon.accounts..", "kr.jiwon.shared..", "kr.jiwon.demo..")
                .should().callMethod(AccountManagement.class, "current", String.class)
                .orShould().callMethod(AccountManagement.class, "byUsername", String.class)
                .orShould().callMethod(AccountManagement.class, "find", String.class)
                .because("the kernel's CurrentUsers port answers who is asking")
                .check(classes);
    }
}
