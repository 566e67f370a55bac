package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    private static final String HOSTILE = "<Kultur & fritid> \"Gamla\" l'Öster, åäö";

    @Test
    void textEscapesMarkupAndQuotesAndKeepsSwedishLetters() {
        assertThat(Html.text(new StringBuilder(), HOSTILE).toString())
                .isEqualTo("&lt;Kultur &amp; fritid&gt; &quot;Gamla&quot; l&#39;Öster, åäö");
    }

    @Test
    void anAttributeValueCannotBeEndedByEitherQuote() {
        assertThat(Html.attribute(new StringBuilder("x=\""), HOSTILE).append('"').toString())
                .isEqualTo("x=\"&lt;Kultur &amp; fritid&gt; &quot;Gamla&quot; l&#39;Öster, åäö\"");
    }

    @Test
    void textWithNothingToEscapeIsAppendedAsItIs() {
        assertThat(Html.text(new StringBuilder("a"), "Överförmyndarnämnden").toString())
                .isEqualTo("aÖverförmyndarnämnden");
        assertThat(Html.text(new StringBuilder(), "").toString()).isEmpty();
    }
}
