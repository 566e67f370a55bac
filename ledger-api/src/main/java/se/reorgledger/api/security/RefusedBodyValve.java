package se.reorgledger.api.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Once the service has refused a body for arriving too slowly, Tomcat would otherwise read the rest of it before
 * closing the exchange, at the sender's pace, holding the request thread all the while. This valve tells Tomcat
 * not to: the answer is sent, then the connection is closed. (A body refused for its size is left to Tomcat,
 * which reads at most its swallow limit of it, fast: a client still sending then receives the answer whole.)
 */
public class RefusedBodyValve extends ValveBase {

    /** Set by {@link RequestSizeLimitFilter} on a request whose body it refused for its slowness. */
    public static final String BODY_REFUSED = RefusedBodyValve.class.getName() + ".refused";

    public RefusedBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        try {
            getNext().invoke(request, response);
        } finally {
            if (request.getAttribute(BODY_REFUSED) != null) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
