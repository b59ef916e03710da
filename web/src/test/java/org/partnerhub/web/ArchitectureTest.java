package org.partnerhub.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the modules, checked on the compiled classes of all three (the Maven dependencies already
 * stop the compiler from going the wrong way; these rules also keep each layer free of the technologies that belong
 * to another).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnerhub");
    }

    @Test
    void theDomainKnowsNoFrameworkBeyondJpaAndBeanValidation() {
        noClasses().that().resideInAPackage("org.partnerhub.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "jakarta.faces..", "jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.ejb..", "jakarta.servlet..", "jakarta.transaction..", "org.eclipse.microprofile..",
                        "org.omnifaces..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void dependenciesPointFromWebToApplicationToDomain() {
        noClasses().that().resideInAPackage("org.partnerhub.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partnerhub.application..", "org.partnerhub.web..")
                .check(classes);
        noClasses().that().resideInAPackage("org.partnerhub.application..")
                .should().dependOnClassesThat().resideInAPackage("org.partnerhub.web..")
                .check(classes);
    }

    @Test
    void theApplicationLayerKnowsNeitherRestNorFaces() {
        noClasses().that().resideInAPackage("org.partnerhub.application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void theWebLayerReachesTheDatabaseOnlyThroughTheApplication() {
        noClasses().that().resideInAPackage("org.partnerhub.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Jpa")
                .check(classes);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirOwnContext() {
        classes().that().resideInAPackage("..internal..").should(beUsedOnlyInsideTheirContext()).check(classes);
    }

    @Test
    void boundedContextsDoNotDependOnEachOtherInCycles() {
        slices().matching("org.partnerhub.application.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.partnerhub.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The context of {@code org.partnerhub.application.region.internal.X} is {@code org.partnerhub.application.region}. */
    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirContext() {
        return new ArchCondition<>("be used only inside their own bounded context") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String name = item.getPackageName();
                String context = name.substring(0, name.indexOf(".internal"));
                for (Dependency dependency : item.getDirectDependenciesToSelf()) {
                    String origin = dependency.getOriginClass().getPackageName();
                    if (!origin.equals(context) && !origin.startsWith(context + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
