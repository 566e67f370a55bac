package se.reorgledger.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is the pure domain: it knows nothing of Spring, of storage, of JSON, or of the modules above it. */
@AnalyzeClasses(packages = "se.reorgledger.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("the domain must run and be tested without a container");

    @ArchTest
    static final ArchRule noPersistence = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "javax.persistence..",
                    "org.hibernate..", "org.flywaydb..", "org.axonframework.eventsourcing.eventstore..")
            .because("storage is the service's concern, not the domain's");

    @ArchTest
    static final ArchRule noJson = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson..")
            .because("the wire format is attached at the edge, so the domain's records stay plain");

    @ArchTest
    static final ArchRule noLombok = noClasses().should().dependOnClassesThat().resideInAPackage("lombok..");

    @ArchTest
    static final ArchRule noUpperModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("se.reorgledger.api..", "se.reorgledger.projections..", "se.reorgledger.integrity..",
                    "se.reorgledger.benchmarks..", "se.reorgledger.testkit..")
            .because("dependencies point from the service to the read models to the core, never back");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("se.reorgledger.(**)")
            .should().beFreeOfCycles()
            .because("a package is understood, and changed, on its own only when nothing it uses uses it back");
}
