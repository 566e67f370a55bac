package se.reorgledger.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import se.reorgledger.api.json.TextRules;

/**
 * The pages' side of the rule every text field of the API keeps ({@link TextRules}): a form or a page's question
 * holding a control character, a bidirectional override or text that is not Unicode is answered with a page
 * naming the field, before any controller reads it. The API refuses such text in its JSON; without this check a
 * name typed into a form (or a forged post) would reach the ledger by the browser's way in.
 */
class FormTextCheck implements HandlerInterceptor {

    /** A scenario file's text has lines; the file's reader keeps the rule for each of its values. */
    private static final Set<String> MULTI_LINE = Set.of("yaml");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            check(name, name);
            for (String value : parameter.getValue()) {
                if (!MULTI_LINE.contains(name)) {
                    check(name, value);
                }
            }
        }
        return true;
    }

    private static void check(String field, String text) {
        if (text != null && TextRules.refusal(text) != null) {
            String shown = TextRules.refusal(field) == null ? field : "(ett fält)";
            throw new PageInputException(Map.of(shown, "Fältet ”" + shown + "” innehåller ett tecken som inte "
                    + "får stå i reskontran: ett styrtecken (till exempel radbrytning eller NUL), ett tecken som "
                    + "vänder skrivriktningen, eller något som inte är Unicode-text. Skriv om det utan tecknet."));
        }
    }
}
