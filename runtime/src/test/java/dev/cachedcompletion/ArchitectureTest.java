package dev.cachedcompletion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The runtime's dependencies run one way: integrations → {@code spi} and the facade → engine
 * internals, and {@code spi} depends on nothing internal. Checked on the compiled main classes (as
 * ajc wove them), not the sources, so a fully qualified name or a woven call counts like an import.
 */
class ArchitectureTest {

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cachedcompletion");

    @Test
    void spiDependsOnNothingInternal() {
        noClasses().that().resideInAPackage("dev.cachedcompletion.spi..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.cachedcompletion.internal..", "dev.cachedcompletion.support..")
                .because("spi is the public contract for store and integration authors: an internal type in it"
                        + " would make every internal change a breaking change for them")
                .check(RUNTIME);
    }

    @Test
    void spiDependsOnlyOnTheJdkAndItself() {
        classes().that().resideInAPackage("dev.cachedcompletion.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.cachedcompletion.spi..")
                .because("a store or integration author compiles against spi and the JDK alone; spi uses"
                        + " none of the root package's types, and one would tie the SPI to the user-facing API")
                .check(RUNTIME);
    }

    @Test
    void internalsDoNotReachBackToTheFacade() {
        noClasses().that().resideInAnyPackage("dev.cachedcompletion.internal..", "dev.cachedcompletion.support..")
                .should().dependOnClassesThat().haveFullyQualifiedName(CachedCompletions.class.getName())
                .because("the facade calls the engine, never the other way round: an engine that reaches for"
                        + " the facade reaches for its global state, and the two can no longer be tested apart")
                .check(RUNTIME);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.cachedcompletion.(**)")
                .should().beFreeOfCycles()
                .because("each package below the root must be understandable and testable without the ones"
                        + " that use it; the root package's value types and exceptions are shared by all and"
                        + " are not a slice")
                .check(RUNTIME);
    }

    @Test
    void storesDoNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("dev.cachedcompletion.internal.store..")
                .should().dependOnClassesThat().resideInAPackage("dev.cachedcompletion.internal")
                .because("the built-in stores implement spi like any other store does: a store that needs"
                        + " the engine could not be moved to a module of its own, nor written by a user")
                .check(RUNTIME);
    }
}
