package se.reorgledger.integrity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The ledger's formats and their verification stand alone: the service and the auditor's verifier both depend on
 * them, so they may use the JDK and Jackson and nothing else, and their packages depend on one another one way.
 */
@AnalyzeClasses(packages = "se.reorgledger.integrity", importOptions = ImportOption.DoNotIncludeTests.class)
class IntegrityArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("se.reorgledger.integrity.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheJdkAndJackson = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", "se.reorgledger.integrity..")
            .because("an auditor runs this code without the service, Spring or a database");
}
