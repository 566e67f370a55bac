package se.reorgledger.verifier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The auditor's jar holds the verifier, the integrity module and Jackson: nothing of the service may creep in. */
@AnalyzeClasses(packages = "se.reorgledger.verifier", importOptions = ImportOption.DoNotIncludeTests.class)
class VerifierArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("se.reorgledger.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheIntegrityModuleTheJdkAndJackson = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", "se.reorgledger.integrity..",
                    "se.reorgledger.verifier..")
            .because("the verifier's jar is shaded with only these, and must run without the service");
}
