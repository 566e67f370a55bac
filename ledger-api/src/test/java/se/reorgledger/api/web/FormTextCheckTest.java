package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FormTextCheckTest {

    private final FormTextCheck check = new FormTextCheck();

    private static MockHttpServletRequest posted(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/organisationer/askersund/registrera");
        request.addParameter("_csrf", "token");
        request.addParameter(name, value);
        return request;
    }

    @Test
    void swedishAndOtherLettersPass() {
        assertThat(check.preHandle(posted("rubrik", "Ny enhet för Åsa Öberg – § 12, Ølstykke, Łódź"),
                new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void aControlCharacterOrABidirectionalOverrideIsAPageNamingTheField() {
        assertThatThrownBy(() -> check.preHandle(posted("domstol", "Förvaltningsrätten\u0000"),
                new MockHttpServletResponse(), null))
                .isInstanceOf(PageInputException.class)
                .hasMessageContaining("Fältet ”domstol” innehåller ett tecken som inte får stå i reskontran");
        assertThatThrownBy(() -> check.preHandle(posted("namn", "Enhet\u202Etxe.exe"),
                new MockHttpServletResponse(), null))
                .isInstanceOf(PageInputException.class)
                .hasMessageContaining("”namn”");
        assertThatThrownBy(() -> check.preHandle(posted("rubrik", "rad ett\nrad två"),
                new MockHttpServletResponse(), null))
                .isInstanceOf(PageInputException.class);
    }

    @Test
    void aScenarioFilesLinesAreLeftToItsReader() {
        assertThat(check.preHandle(posted("yaml", "organisation: askersund\ndecisions: []\n"),
                new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void aFieldWhoseNameBreaksTheRuleIsNotEchoed() {
        assertThatThrownBy(() -> check.preHandle(posted("fält\u001B[31m", "värde"),
                new MockHttpServletResponse(), null))
                .isInstanceOf(PageInputException.class)
                .hasMessageContaining("”(ett fält)”")
                .hasMessageNotContaining("\u001B");
    }
}
