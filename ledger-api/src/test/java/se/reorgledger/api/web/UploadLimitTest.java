package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadLimitTest {

    @Test
    void aFormSentBackForItsSizeSaysTheLimitInSwedishByTheFileField() {
        assertThat(UploadLimit.refusal("1048576")).containsOnlyKeys("fil");
        assertThat(UploadLimit.refusal("1048576").get("fil")).contains("för stor", "högst 1 MB", "1 048 576 byte",
                "Dela upp scenariot");
    }

    @Test
    void aFormNotSentBackOrWithANonsenseLimitHasNoMessage() {
        assertThat(UploadLimit.refusal(null)).isEmpty();
        assertThat(UploadLimit.refusal("<script>")).isEmpty();
        assertThat(UploadLimit.refusal("-5")).isEmpty();
    }
}
