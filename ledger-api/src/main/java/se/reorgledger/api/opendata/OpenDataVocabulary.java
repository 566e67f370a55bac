package se.reorgledger.api.opendata;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The terms of the published vocabularies the open data uses: W3C ORG, the EU Core Public Organisation
 * Vocabulary (CPOV, prefix {@code cv}), PROV-O, FOAF and ELI beside Jena's own SKOS, DCTERMS, RDF and RDFS. The
 * ledger's few terms of its own ({@code ledger:illustrative}...) are minted by {@link LedgerIris}.
 */
final class OpenDataVocabulary {

    static final String ORG = "http://www.w3.org/ns/org#";
    static final String CV = "http://data.europa.eu/m8g/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ELI = "http://data.europa.eu/eli/ontology#";

    static final Resource FORMAL_ORGANIZATION = resource(ORG, "FormalOrganization");
    static final Resource ORGANIZATION = resource(ORG, "Organization");
    static final Resource ORGANIZATIONAL_UNIT = resource(ORG, "OrganizationalUnit");
    static final Resource POST = resource(ORG, "Post");
    static final Resource MEMBERSHIP = resource(ORG, "Membership");
    static final Resource CHANGE_EVENT = resource(ORG, "ChangeEvent");
    static final Property UNIT_OF = property(ORG, "unitOf");
    static final Property SUB_ORGANIZATION_OF = property(ORG, "subOrganizationOf");
    static final Property CLASSIFICATION = property(ORG, "classification");
    static final Property POST_IN = property(ORG, "postIn");
    static final Property HELD_BY = property(ORG, "heldBy");
    static final Property MEMBER = property(ORG, "member");
    static final Property ORGANIZATION_PROPERTY = property(ORG, "organization");
    static final Property ORIGINAL_ORGANIZATION = property(ORG, "originalOrganization");
    static final Property RESULTING_ORGANIZATION = property(ORG, "resultingOrganization");

    static final Resource PUBLIC_ORGANISATION = resource(CV, "PublicOrganisation");
    static final Property HAS_FORMAL_FRAMEWORK = property(CV, "hasFormalFramework");

    static final Property AT_TIME = property(PROV, "atTime");
    static final Property WAS_DERIVED_FROM = property(PROV, "wasDerivedFrom");

    static final Resource PERSON = resource(FOAF, "Person");
    static final Property NAME = property(FOAF, "name");

    static final Resource LEGAL_RESOURCE = resource(ELI, "LegalResource");

    private OpenDataVocabulary() {
    }

    /** A model that writes with the usual prefixes, so its Turtle and JSON-LD read as the mapping table does. */
    static void prefixes(Model model, LedgerIris iris) {
        model.setNsPrefix("org", ORG);
        model.setNsPrefix("cv", CV);
        model.setNsPrefix("prov", PROV);
        model.setNsPrefix("foaf", FOAF);
        model.setNsPrefix("eli", ELI);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("rdf", RDF.uri);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("xsd", XSD.NS);
        model.setNsPrefix("ledger", iris.vocabularyNamespace());
    }

    private static Resource resource(String namespace, String name) {
        return ResourceFactory.createResource(namespace + name);
    }

    private static Property property(String namespace, String name) {
        return ResourceFactory.createProperty(namespace, name);
    }
}
