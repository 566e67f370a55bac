package se.reorgledger.api.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.HandlerInterceptor;
import se.reorgledger.api.problem.RepresentationNotOfferedException;

/**
 * Refuses, before any read (GET or HEAD), an Accept header that asks for none of what a resource offers, so the 406 lists the
 * resource's own representations rather than whatever the JSON converters could write.
 */
final class AcceptableRepresentations implements HandlerInterceptor {

    private final List<MediaType> offered;

    AcceptableRepresentations(List<MediaType> offered) {
        this.offered = List.copyOf(offered);
    }

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) throws RepresentationNotOfferedException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || acceptsOneOf(accept)) {
            return true;
        }
        throw new RepresentationNotOfferedException(offered);
    }

    private boolean acceptsOneOf(String accept) {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0.0) {
                continue;
            }
            for (MediaType available : offered) {
                if (type.isCompatibleWith(available)) {
                    return true;
                }
            }
        }
        return false;
    }
}
