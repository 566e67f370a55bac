package se.reorgledger.api.query;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code knownAt=latest} asks, explicitly, for what the ledger knows now: the same as leaving knownAt out. A
 * moment later than now is refused ({@link se.reorgledger.api.readmodel.ReadTime}): the ledger cannot know the
 * future, and a client whose clock runs ahead learns so rather than being answered about a moment to come.
 */
@Component
public class LatestKnowledge extends OncePerRequestFilter {

    static final String KNOWN_AT = "knownAt";
    static final String LATEST = "latest";

    @Override
    protected boolean shouldNotFilter(@NonNull HttpServletRequest request) {
        String[] values = request.getParameterValues(KNOWN_AT);
        return values == null || values.length != 1 || !LATEST.equals(values[0]);
    }

    @Override
    protected void doFilterInternal(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                                    @NonNull FilterChain chain) throws ServletException, IOException {
        chain.doFilter(new WithoutKnownAt(request), response);
    }

    private static final class WithoutKnownAt extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutKnownAt(HttpServletRequest request) {
            super(request);
            Map<String, String[]> copy = new LinkedHashMap<>(request.getParameterMap());
            copy.remove(KNOWN_AT);
            this.parameters = Collections.unmodifiableMap(copy);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
