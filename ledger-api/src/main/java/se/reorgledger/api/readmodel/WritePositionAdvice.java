package se.reorgledger.api.readmodel;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every successful write the ledger position that holds it ({@link LedgerPositionHeaders#POSITION}): this
 * node's known head, which its own appends have moved before they are acknowledged.
 */
@ControllerAdvice
public class WritePositionAdvice implements ResponseBodyAdvice<Object> {

    private final ReadSideStatus status;

    public WritePositionAdvice(ReadSideStatus status) {
        this.status = status;
    }

    @Override
    public boolean supports(@NonNull MethodParameter returnType,
                            @NonNull Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, @NonNull MethodParameter returnType,
                                  @NonNull MediaType selectedContentType,
                                  @NonNull Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  @NonNull ServerHttpRequest request, @NonNull ServerHttpResponse response) {
        String method = request.getMethod().name();
        boolean write = method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
                || method.equals("DELETE");
        if (write && response instanceof ServletServerHttpResponse servlet
                && servlet.getServletResponse().getStatus() < 300) {
            response.getHeaders().set(LedgerPositionHeaders.POSITION, String.valueOf(status.knownHead()));
        }
        return body;
    }
}
