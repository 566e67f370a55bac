package se.reorgledger.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The test kit sits just above the core, so that every module can test with it: it knows the domain and
 * nothing of the read models, the service or the benchmarks, and its packages depend on each other one way.
 */
@AnalyzeClasses(packages = "se.reorgledger.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("se.reorgledger.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependsOnlyOnTheCore = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("se.reorgledger.projections..", "se.reorgledger.api..", "se.reorgledger.integrity..",
                    "se.reorgledger.benchmarks..")
            .because("the read models and the service test with the kit, so the kit cannot use them");
}
