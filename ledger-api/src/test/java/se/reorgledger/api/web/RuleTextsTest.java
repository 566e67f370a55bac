package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.core.rules.HardRule;

class RuleTextsTest {

    @ParameterizedTest
    @EnumSource(HardRule.class)
    void everyHardRuleHasASwedishWording(HardRule rule) {
        assertThat(RuleTexts.rule(rule)).isNotEqualTo(rule.statement()).endsWith(".");
    }

    @ParameterizedTest
    @EnumSource(Guideline.class)
    void everyGuidelineHasASwedishWording(Guideline guideline) {
        // Each names its source: the PM, or the law.
        assertThat(RuleTexts.guideline(guideline)).isNotEqualTo(guideline.statement())
                .containsAnyOf("(PM, ", "(kommunallagen ");
    }
}
