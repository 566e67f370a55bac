package se.reorgledger.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.reorgledger.core.change.InvalidChangeException;

class DocumentReferenceTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void theHashIsWrittenInLowercaseAndTheMediaTypeItsTypeInLowercase() {
        DocumentReference reference = new DocumentReference(" Utdrag.pdf ", "Text/Plain; charset=UTF-8", 3,
                HASH.toUpperCase());
        assertThat(reference.sha256()).isEqualTo(HASH);
        assertThat(reference.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(reference.name()).isEqualTo("Utdrag.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g"})
    void aHashThatIsNot64HexadecimalDigitsIsRefused(String hash) {
        assertThatThrownBy(() -> new DocumentReference("a.pdf", "application/pdf", 1, hash))
                .isInstanceOf(InvalidChangeException.class).hasMessageStartingWith("sha256:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "application/", "application/pdf; x", "text/pl\u0007ain", "a b/c"})
    void aMalformedMediaTypeIsRefused(String type) {
        assertThatThrownBy(() -> new DocumentReference("a.pdf", type, 1, HASH))
                .isInstanceOf(InvalidChangeException.class).hasMessageStartingWith("mediaType:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0007b.pdf", "../etc/passwd", "a\\b.pdf", "   "})
    void aNameThatIsNotAPlainFileNameIsRefused(String name) {
        assertThatThrownBy(() -> new DocumentReference(name, "application/pdf", 1, HASH))
                .isInstanceOf(InvalidChangeException.class).hasMessageStartingWith("name:");
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatThrownBy(() -> new DocumentReference("a.pdf", "application/pdf", -1, HASH))
                .isInstanceOf(InvalidChangeException.class).hasMessageStartingWith("size:");
    }
}
