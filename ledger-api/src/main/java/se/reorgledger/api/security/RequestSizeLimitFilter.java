package se.reorgledger.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import se.reorgledger.api.json.StrictUtf8;

/**
 * Refuses request bodies over the configured size (413), whether they declare their length or stream it, so
 * that no client can make the service read an unbounded body; and bodies still arriving after the configured
 * time (408), so that no client, signed in or not, can hold a request thread by trickling a body a byte at a
 * time (the socket's timeout bounds each read, not the whole body).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Duration maxReadTime;
    private final ProblemWriter writer;
    private final String documentsPath;
    private final long maxDocumentBytes;

    public RequestSizeLimitFilter(long maxBytes, ProblemWriter writer) {
        this(maxBytes, Duration.ofSeconds(20), writer);
    }

    public RequestSizeLimitFilter(long maxBytes, Duration maxReadTime, ProblemWriter writer) {
        this(maxBytes, maxReadTime, writer, null, maxBytes);
    }

    /**
     * With a limit of its own for the bodies of requests under {@code documentsPath}: a document's bytes, which
     * are kept as they come, never read as text.
     */
    public RequestSizeLimitFilter(long maxBytes, Duration maxReadTime, ProblemWriter writer, String documentsPath,
                                  long maxDocumentBytes) {
        this.maxBytes = maxBytes;
        this.maxReadTime = maxReadTime;
        this.writer = writer;
        this.documentsPath = documentsPath;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean document = documentsPath != null
                && request.getRequestURI().substring(request.getContextPath().length()).startsWith(documentsPath);
        long limit = document ? maxDocumentBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        long deadline = System.nanoTime() + maxReadTime.toNanos();
        try {
            chain.doFilter(new LimitedRequest(request, limit, deadline, maxReadTime,
                    !document && isText(request.getContentType())), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
            }
        } catch (BodyTooSlowException e) {
            if (!response.isCommitted()) {
                response.reset();
                tooSlow(request, response);
            }
        }
    }

    /** JSON and YAML bodies are text, and must be UTF-8; multipart and others are checked where they are read. */
    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.contains("json") || type.contains("yaml");
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        if (fromAPage(request)) {
            // A person's form (a scenario file uploaded in the browser): back to the form, which says why in Swedish.
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getRequestURI() + "?forStor="
                    + limit);
            return;
        }
        writer.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "Request too large",
                new BodyTooLargeException(limit).getMessage());
    }

    /** A form of the web application sent by a browser, rather than a request to the API. */
    private static boolean fromAPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return "POST".equals(request.getMethod()) && path.startsWith("/organisationer/") && accept != null
                && accept.contains("text/html");
    }

    private void tooSlow(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        writer.write(request, response, HttpStatus.REQUEST_TIMEOUT, "request-too-slow", "Request too slow",
                new BodyTooSlowException(maxReadTime).getMessage());
    }

    /** Thrown when a body is still being read after the limit; the API answers it 408, wherever it surfaces. */
    public static final class BodyTooSlowException extends IOException {
        BodyTooSlowException(Duration maxReadTime) {
            super("A request body must arrive within " + maxReadTime.toSeconds() + " seconds of its headers; send "
                    + "it at once");
        }
    }

    /** Thrown while a body is read past the limit; the API answers it 413, wherever it surfaces. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super("A request body may be at most " + maxBytes + " bytes here; split a large package or import into "
                    + "several decisions, or ask the operator to raise LEDGER_MAX_DOCUMENT_BYTES for a document");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private final long deadline;
        private final Duration maxReadTime;
        private final StrictUtf8 utf8;

        LimitedRequest(HttpServletRequest request, long maxBytes, long deadline, Duration maxReadTime, boolean text) {
            super(request);
            this.maxBytes = maxBytes;
            this.deadline = deadline;
            this.maxReadTime = maxReadTime;
            this.utf8 = text ? new StrictUtf8() : null;
        }

        private void inTime() throws BodyTooSlowException {
            if (System.nanoTime() - deadline > 0) {
                // Wherever the exception surfaces (here, or answered by the API's handler), Tomcat must not read on.
                setAttribute(RefusedBodyValve.BODY_REFUSED, true);
                throw new BodyTooSlowException(maxReadTime);
            }
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    inTime();
                    int b = in.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new BodyTooLargeException(maxBytes);
                    }
                    if (utf8 != null) {
                        if (b >= 0) {
                            utf8.accept(b);
                        } else {
                            utf8.end();
                        }
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    inTime();
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > maxBytes) {
                        throw new BodyTooLargeException(maxBytes);
                    }
                    if (utf8 != null) {
                        if (n > 0) {
                            utf8.accept(buffer, offset, n);
                        } else if (n < 0) {
                            utf8.end();
                        }
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
