package dev.cachedcompletion.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The starter is an integration like any other: it reaches the cache through the facade and {@code spi} only. */
class LayeringTest {

    private static final JavaClasses STARTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cachedcompletion.spring");

    @Test
    void theStarterUsesNoInternalsOfTheRuntime() {
        noClasses().that().resideInAPackage("dev.cachedcompletion.spring..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.cachedcompletion.internal..", "dev.cachedcompletion.support..")
                .because("internals change with every engine redesign; an integration built on the facade"
                        + " (CachedCalls, CachedCompletions, MethodCounters) and spi keeps working across them")
                .check(STARTER);
    }
}
