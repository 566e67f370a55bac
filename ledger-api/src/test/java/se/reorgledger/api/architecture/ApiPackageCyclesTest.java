package se.reorgledger.api.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The service's packages depend on one another one way, so that a new cycle fails here. One cycle is still to be
 * taken apart and is named, so that it cannot grow unnoticed: the commands of the jar, the scenario import, the
 * problems, the read models, the ledger's aggregate access and security reach one another. The ledger's integrity
 * and its store are outside it.
 */
@AnalyzeClasses(packages = "se.reorgledger.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiPackageCyclesTest {

    private static final String[] STILL_IN_A_CYCLE = {"se.reorgledger.api.cli..", "se.reorgledger.api.scenario..",
        "se.reorgledger.api.problem..", "se.reorgledger.api.readmodel..", "se.reorgledger.api.ledger..",
        "se.reorgledger.api.security.."};

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("se.reorgledger.api.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAnyPackage(STILL_IN_A_CYCLE), resideInAnyPackage(STILL_IN_A_CYCLE));
}
