package se.reorgledger.api.problem.container;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error page as problem+json. Tomcat answers some requests before the application sees them: an
 * encoded {@code /} or a {@code ..} in a path, a malformed request line, a header too large. Its default valve
 * writes an HTML page; this one writes the same problem the API answers with everywhere else, naming no
 * server, version or exception.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (status < 400 || response.getContentWritten() > 0 || !ioAllowed.get()) {
            return;
        }
        try {
            response.reset();
            response.setStatus(status);
        } catch (IllegalStateException e) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String slug = status == 413 || status == 431 ? "request-too-large"
                : status == 404 ? "not-found" : status >= 500 ? "internal-error" : "invalid-request";
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (slug) {
            case "request-too-large" -> "The request or one of its headers is larger than the service accepts";
            case "not-found" -> "There is nothing at this address";
            case "internal-error" -> "The service failed to answer; nothing in your request was recorded unless it "
                    + "was acknowledged";
            default -> "The request is malformed and was not read: check the request line, the path (an encoded "
                    + "'/' or a '..' is refused) and the headers";
        };
        String json = "{\"type\":\"/problems/" + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already on its way: nothing more can be said.
            response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, e);
        }
    }
}
