package se.reorgledger.api.readmodel;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;

/** Writes a {@link SettledJson} to the response as it is, with its length; it is never read from a request. */
public class SettledJsonConverter extends AbstractHttpMessageConverter<SettledJson> {

    public SettledJsonConverter() {
        super(MediaType.APPLICATION_JSON);
    }

    @Override
    protected boolean supports(@NonNull Class<?> type) {
        return SettledJson.class == type;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Long getContentLength(@NonNull SettledJson json, MediaType contentType) {
        return (long) json.length();
    }

    @Override
    protected void writeInternal(@NonNull SettledJson json, @NonNull HttpOutputMessage output) throws IOException {
        json.writeTo(output.getBody());
    }

    @Override
    protected @NonNull SettledJson readInternal(@NonNull Class<? extends SettledJson> type,
                                                @NonNull HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a settled answer is never read from a request", input);
    }
}
