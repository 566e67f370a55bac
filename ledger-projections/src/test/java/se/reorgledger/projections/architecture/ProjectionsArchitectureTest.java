package se.reorgledger.projections.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.reorgledger.projections.LedgerProjection;

/**
 * The read models are feature packages under one façade: the root package holds only {@link LedgerProjection},
 * no feature package reaches back into it but the rebuild that drives it, and no two packages depend on each
 * other in a circle.
 */
@AnalyzeClasses(packages = "se.reorgledger.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ProjectionsArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("se.reorgledger.(**)")
            .should().beFreeOfCycles()
            .because("a package is understood, and changed, on its own only when nothing it uses uses it back");

    @ArchTest
    static final ArchRule rootIsTheFacadeOnly = classes()
            .that().resideInAPackage("se.reorgledger.projections")
            .and().areTopLevelClasses()
            .should().haveSimpleName(LedgerProjection.class.getSimpleName())
            .because("leaf types belong to the feature that owns them; the root package only assembles them");

    @ArchTest
    static final ArchRule featuresDoNotUseTheFacade = noClasses()
            .that().resideOutsideOfPackages("se.reorgledger.projections", "se.reorgledger.projections.rebuild..")
            .should().dependOnClassesThat().resideInAPackage("se.reorgledger.projections")
            .because("the façade is built from the features, so a feature that needs it makes a cycle");

    @ArchTest
    static final ArchRule dependsOnlyDownward = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("se.reorgledger.api..", "se.reorgledger.integrity..", "se.reorgledger.benchmarks..",
                    "se.reorgledger.testkit..")
            .because("dependencies point from the service to the read models to the core, never back");

    @ArchTest
    static final ArchRule noSpringOrPersistence = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..",
                    "org.axonframework.eventsourcing.eventstore..")
            .because("the read models are plain Java, fed events by the service and tested without a container");
}
