package se.reorgledger.api.opendata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stable IRIs of the open data, all under the configured public base ({@code LEDGER_PUBLIC_BASE_URI}). Each
 * dereferences to a page of the web app or a read of the API: a kommun to its organisation page, a unit to its
 * unit page, a chef role to its unit's page (fragment), a decision to its decision page and a change to its
 * decision's page (fragment); the ledger's own terms and the kinds of unit to the vocabulary this service serves.
 */
@Component
public class LedgerIris {

    static final String VOCABULARY_PATH = "/api/v1/vocabulary";

    private final String base;

    public LedgerIris(@Value("${ledger.public-base-uri}") String base) {
        URI uri = URI.create(base.strip());
        if (!uri.isAbsolute() || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(
                uri.getScheme())) || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("LEDGER_PUBLIC_BASE_URI must be an absolute http(s) URI without "
                    + "query or fragment, such as https://organisation.askersund.se (got '" + base + "')");
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    String vocabulary() {
        return base + VOCABULARY_PATH;
    }

    String vocabularyNamespace() {
        return vocabulary() + "#";
    }

    String unitKindScheme() {
        return vocabularyNamespace() + "unit-kinds";
    }

    String unitKind(String kind) {
        return vocabularyNamespace() + kind;
    }

    String organisation(String organisationId) {
        return base + "/organisationer/" + organisationId;
    }

    /** The kommun is the root unit of its organisation, with the organisation's id: its IRI is the organisation's. */
    String unit(String organisationId, String unitId) {
        return unitId.equals(organisationId) ? organisation(organisationId)
                : organisation(organisationId) + "/enheter/" + unitId;
    }

    String chefRole(String organisationId, String unitId, String chefRoleId) {
        return unit(organisationId, unitId) + "#chefsroll-" + chefRoleId;
    }

    String person(String organisationId, String personId) {
        return base + "/api/v1/organisations/" + organisationId + "/persons/" + personId;
    }

    String decision(String organisationId, String decisionId) {
        return organisation(organisationId) + "/beslut/" + decisionId;
    }

    String change(String organisationId, String decisionId, String changeId) {
        return decision(organisationId, decisionId) + "#andring-" + fragment(changeId);
    }

    /** A further difference one change brought about, beside the one that takes the change's own IRI. */
    String consequence(String changeIri, String kind, String subject) {
        return changeIri + "/" + kind + "/" + fragment(subject);
    }

    String committee(String organisationId, String committeeId) {
        return base + "/api/v1/organisations/" + organisationId + "/committees#" + committeeId;
    }

    String membership(String organisationId, String committeeId, String municipality) {
        return committee(organisationId, committeeId) + "-medlem-" + fragment(municipality);
    }

    String memberMunicipality(String organisationId, String committeeId, String municipality) {
        return committee(organisationId, committeeId) + "-kommun-" + fragment(municipality);
    }

    private static String fragment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
