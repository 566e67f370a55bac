package se.reorgledger.api.opendata;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import se.reorgledger.core.unit.UnitKind;

/**
 * The vocabulary document at {@code /api/v1/vocabulary}: the PM's levels of unit as a SKOS concept scheme (the
 * values of {@code org:classification}) and the ledger's own properties, each with a label and what it means.
 */
final class VocabularyGraph {

    private VocabularyGraph() {
    }

    static Model of(LedgerIris iris) {
        Model model = ModelFactory.createDefaultModel();
        OpenDataVocabulary.prefixes(model, iris);
        LedgerTerms terms = new LedgerTerms(iris);
        Resource scheme = model.createResource(iris.unitKindScheme(), SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "Organisatoriska nivåer", "sv")
                .addProperty(SKOS.prefLabel, "Levels of the organisation", "en");
        for (UnitKind kind : UnitKind.values()) {
            Resource concept = model.createResource(iris.unitKind(kind.name()), SKOS.Concept)
                    .addProperty(SKOS.prefLabel, kind.label(), "sv")
                    .addProperty(SKOS.notation, kind.name())
                    .addProperty(SKOS.inScheme, scheme);
            scheme.addProperty(SKOS.hasTopConcept, concept);
        }
        model.createResource(terms.decision.getURI(), RDFS.Class)
                .addProperty(RDFS.label, "Decision", "en")
                .addProperty(RDFS.comment, "A decision of an organ of the kommun (beslut), cited by organ, date, § "
                        + "and diarienummer; the formal framework of the changes it caused.", "en");
        declare(model, terms.illustrative, "illustrative", "True when the fact rests, in part, on a decision whose "
                + "particulars (date, §, organ, or the whole decision) the sources do not state: an illustration, "
                + "not a stated fact.");
        declare(model, terms.authority, "authority", "True when the unit exercises authority "
                + "(myndighetsutövning) as a unit of its own; on the resulting unit of an authorityChanged event, as "
                + "after the change.");
        declare(model, terms.organ, "organ", "The organ that took the decision, such as Kommunstyrelsen.");
        declare(model, terms.paragraph, "paragraph", "The decision's paragraph (§) in the organ's minutes.");
        declare(model, terms.changeKind, "change kind", "What the change did: " + String.join(", ",
                ChangeItem.KINDS) + ". One change of a decision can bring about several of these, each its own "
                + "change event.");
        declare(model, terms.fromParent, "from parent", "The unit's parent before a move, or before its "
                + "dissolution.");
        declare(model, terms.toParent, "to parent", "The unit's parent after a move, or after its establishment.");
        declare(model, terms.previousName, "previous name", "The unit's name before a renaming.");
        declare(model, terms.previousClassification, "previous classification", "The unit's kind (a concept of "
                + "the scheme of unit kinds) before a change of kind; org:classification of the resulting unit is "
                + "its kind after.");
        declare(model, terms.post, "post", "The chef role (org:Post) a change concerns.");
        declare(model, terms.holderBefore, "holder before", "Who held the chef role before an appointment, or "
                + "before leaving.");
        declare(model, terms.holderAfter, "holder after", "Who holds the chef role after an appointment; absent "
                + "when the post is left vacant or ends.");
        declare(model, terms.roleEnded, "role ended", "True when the holder before left because the chef role "
                + "itself ended.");
        declare(model, terms.committee, "committee", "The nämnd a change concerns: whose reglemente came into "
                + "force, which was registered or dissolved, which a kontor began or ceased to serve, or of which a "
                + "kommun became or ceased to be a member.");
        declare(model, terms.reglemente, "reglemente", "The version of the reglemente that came into force.");
        declare(model, terms.servingUnit, "serving unit", "A kontor or förvaltning that serves a nämnd: on a "
                + "nämnd, one that serves it on the date; on a change event, the one whose service to the nämnd "
                + "(ledger:committee) started or ended.");
        declare(model, terms.membership, "membership", "The membership (org:Membership) of a kommun in a gemensam "
                + "nämnd that started or ended.");
        model.createResource(iris.vocabulary())
                .addProperty(DCTerms.title, "The reorganisation ledger's vocabulary", "en");
        return model;
    }

    private static void declare(Model model, Property property, String label, String comment) {
        model.createResource(property.getURI(), RDF.Property)
                .addProperty(RDFS.label, label, "en")
                .addProperty(RDFS.comment, comment, "en");
    }
}
