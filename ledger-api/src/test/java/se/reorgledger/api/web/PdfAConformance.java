package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF against PDF/A-2b with veraPDF, the PDF Association's validator, whatever the file claims to be:
 * the flavour is given, not read from the file's own identification.
 */
final class PdfAConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAConformance() {
    }

    /** The failed rules, each once: "clause-test: message, n times, first at where"; empty when it conforms. */
    static List<String> failedRulesOf(byte[] pdf) {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, List<TestAssertion>> byRule = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(PdfAConformance::rule, TreeMap::new, Collectors.toList()));
            List<String> failed = byRule.entrySet().stream()
                    .map(rule -> describe(rule.getKey(), rule.getValue()))
                    .toList();
            if (failed.isEmpty() && !result.isCompliant()) {
                return List.of("veraPDF found the file not compliant without naming a rule");
            }
            return failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the PDF: " + e, e);
        }
    }

    static void assertConformsToPdfA2b(byte[] pdf) {
        assertThat(failedRulesOf(pdf)).as("PDF/A-2b rules failed (veraPDF)").isEmpty();
    }

    private static String rule(TestAssertion assertion) {
        return assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
    }

    private static String describe(String rule, List<TestAssertion> failures) {
        TestAssertion first = failures.get(0);
        return rule + ": " + first.getMessage() + ", " + failures.size() + " times, first at "
                + first.getLocation().getContext();
    }
}
