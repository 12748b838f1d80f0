package dev.stride.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rule, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.stride");
    }

    /** javax.crypto is the JDK's own: the webhook signature (HMAC-SHA256) is a rule of the model. */
    @Test
    void theDomainDependsOnNothingButJava() {
        noClasses().that().resideInAPackage("dev.stride.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.stride.domain..", "java..",
                        "javax.crypto..")
                .check(classes);
    }

    @Test
    void theApplicationDependsOnlyOnTheDomainAndJava() {
        noClasses().that().resideInAPackage("dev.stride.application..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "dev.stride.application..", "dev.stride.domain..", "java..")
                .check(classes);
    }

    @Test
    void nothingInsideTheHexagonKnowsAnAdapterOrTheBootstrap() {
        noClasses().that().resideInAnyPackage("dev.stride.domain..", "dev.stride.application..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.stride.adapter..", "dev.stride.bootstrap..")
                .check(classes);
    }

    @Test
    void productionCodeNeverUsesTheTestFixtures() {
        noClasses().that().resideOutsideOfPackage("dev.stride.testing..")
                .should().dependOnClassesThat().resideInAPackage("dev.stride.testing..")
                .check(classes);
    }

    @Test
    void adaptersNeverDependOnEachOther() {
        slices().matching("dev.stride.adapter.(*).(*)..").should().notDependOnEachOther().check(classes);
    }

    /** Adapters live in adapter modules; the bootstrap holds the configuration and the wiring, nothing else. */
    @Test
    void theBootstrapHoldsNoAdapter() {
        classes().that().resideInAPackage("dev.stride.bootstrap..")
                .should().resideInAnyPackage("dev.stride.bootstrap", "dev.stride.bootstrap.wiring")
                .andShould(new ArchCondition<JavaClass>("implement no port") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getAllRawInterfaces().stream()
                                .filter(port -> port.getPackageName().startsWith("dev.stride.application.port"))
                                .forEach(port -> events.add(SimpleConditionEvent.violated(type,
                                        type.getName() + " implements the port " + port.getName())));
                    }
                })
                .check(classes);
    }

    @Test
    void adaptersNeverDependOnTheBootstrap() {
        noClasses().that().resideInAPackage("dev.stride.adapter..")
                .should().dependOnClassesThat().resideInAPackage("dev.stride.bootstrap..")
                .check(classes);
    }
}
