package se.reorgledger.api.query;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import se.reorgledger.core.change.InvalidChangeException;

/**
 * A query parameter the API does not read is refused rather than ignored: {@code asof=} or {@code date=} would
 * otherwise silently answer about today. So are an empty value ({@code asOf=}) and a parameter given twice,
 * which would otherwise be read as absent or as one of its values. Each refusal names the parameter (400).
 * Only the ledger's own handlers whose every query parameter is declared by name are checked.
 */
@Component
public class StrictQueryParameters implements HandlerInterceptor {

    private static final String OWN_PACKAGE = "se.reorgledger.api.";
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** The declared parameters of each handler method; absent when the method cannot be checked. */
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith(OWN_PACKAGE)) {
            return true;
        }
        Set<String> known = declared.computeIfAbsent(method.getMethod(), StrictQueryParameters::declaredBy);
        if (known.contains(null)) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getValue(), known);
        }
        return true;
    }

    private static void check(String name, String[] values, Set<String> known) {
        if (!known.contains(name)) {
            throw new InvalidChangeException(name, "is not a parameter of this request"
                    + (known.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", known))
                    + " (names are case-sensitive)");
        }
        if (values.length > 1) {
            throw new InvalidChangeException(name, "is given " + values.length + " times; give it once");
        }
        if (values.length == 1 && values[0].isEmpty()) {
            throw new InvalidChangeException(name, "is empty; give a value, or leave the parameter out for its "
                    + "default");
        }
    }

    /** The names of the method's query parameters, with a null among them when one is not declared by name. */
    private static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>(java.util.Comparator.nullsFirst(String::compareTo));
        String[] discovered = NAMES.getParameterNames(method);
        for (int i = 0; i < method.getParameterCount(); i++) {
            MethodParameter parameter = new MethodParameter(method, i);
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                names.add(null);
                continue;
            }
            String name = StringUtils.hasText(annotation.name()) ? annotation.name() : discovered == null ? null
                    : discovered[i];
            names.add(name);
        }
        return names;
    }
}
