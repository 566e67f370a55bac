package se.reorgledger.api.problem;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** The Accept header asks for none of the representations a resource offers, which are listed in the answer. */
public class RepresentationNotOfferedException extends HttpMediaTypeNotAcceptableException {

    public RepresentationNotOfferedException(List<MediaType> offered) {
        super(offered);
    }
}
