package se.reorgledger.api.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The service's packages depend on one another one way, so that a new cycle fails here. Types that several
 * packages share live in the lower package (the problem types' slugs in {@code problemtype}), and the jar's
 * commands, which start the service, receive its application class rather than import it.
 */
@AnalyzeClasses(packages = "se.reorgledger.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiPackageCyclesTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("se.reorgledger.api.(*)..")
            .should().beFreeOfCycles();
}
