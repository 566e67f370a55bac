package se.reorgledger.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/** Every text read from a request or a scenario file is held to {@link TextRules}: refused, never cleaned. */
final class TextJsonModule extends SimpleModule {

    TextJsonModule() {
        super("ledger-text");
        addDeserializer(String.class, new CheckedText());
    }

    private static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String refusal = text == null ? null : TextRules.refusal(text);
            if (refusal != null) {
                throw InvalidFormatException.from(parser, "text " + refusal
                        + "; letters of any script, digits, punctuation and spaces are allowed", text, String.class);
            }
            return text;
        }
    }
}
