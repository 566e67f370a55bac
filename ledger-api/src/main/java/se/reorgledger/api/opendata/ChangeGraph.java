package se.reorgledger.api.opendata;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.structure.UnitRef;

/**
 * The changes between two dates as ORG change events: a dissolved unit is the original organisation of its event
 * and the units its parts went to are the resulting ones; an established unit is the resulting one. Each event
 * has its date and its decision as formal framework (organ, date, §, diarienummer, title).
 */
final class ChangeGraph {

    private final LedgerIris iris;
    private final LedgerTerms terms;
    private final String organisationId;
    private final Model model = ModelFactory.createDefaultModel();

    private ChangeGraph(LedgerIris iris, String organisationId) {
        this.iris = iris;
        this.terms = new LedgerTerms(iris);
        this.organisationId = organisationId;
        OpenDataVocabulary.prefixes(model, iris);
    }

    static Model of(LedgerIris iris, ChangesBetween changes) {
        ChangeGraph graph = new ChangeGraph(iris, changes.organisation());
        for (ChangeItem item : changes.items()) {
            graph.event(item, changes.to());
        }
        return graph.model;
    }

    private void event(ChangeItem item, LocalDate to) {
        Resource event = model.createResource(iri(item, to), OpenDataVocabulary.CHANGE_EVENT)
                .addProperty(terms.changeKind, item.kind())
                .addLiteral(terms.illustrative, item.illustrative());
        if (item.effectiveDate() != null) {
            event.addProperty(DCTerms.date, date(item.effectiveDate()));
        }
        if (item.cause() != null && item.cause().decision() != null) {
            event.addProperty(OpenDataVocabulary.HAS_FORMAL_FRAMEWORK, decision(item.cause().decision()));
        }
        switch (item.kind()) {
            case ChangeItem.DISSOLVED -> {
                event.addProperty(OpenDataVocabulary.ORIGINAL_ORGANIZATION, unit(item.unit(), item));
                for (UnitRef successor : item.successors()) {
                    event.addProperty(OpenDataVocabulary.RESULTING_ORGANIZATION, unit(successor, null));
                }
            }
            case ChangeItem.ESTABLISHED, ChangeItem.MOVED, ChangeItem.RENAMED ->
                    event.addProperty(OpenDataVocabulary.RESULTING_ORGANIZATION, unit(item.unit(), item));
            case ChangeItem.CHEF_ROLE_ESTABLISHED, ChangeItem.CHEF_ROLE_ENDED, ChangeItem.APPOINTMENT ->
                    event.addProperty(terms.post, post(item));
            case ChangeItem.REGLEMENTE -> event
                    .addProperty(terms.committee, model.createResource(iris.committee(organisationId,
                            item.committeeId())).addProperty(SKOS.prefLabel, item.committeeName(), "sv"))
                    .addProperty(terms.reglemente, item.reglemente());
            default -> throw new IllegalStateException("a change kind without a mapping: " + item.kind());
        }
        link(event, terms.fromParent, item.parentBefore());
        link(event, terms.toParent, item.parentAfter());
        if (item.previousName() != null) {
            event.addProperty(terms.previousName, item.previousName(), "sv");
        }
        person(event, terms.holderBefore, item.holderBefore());
        person(event, terms.holderAfter, item.holderAfter());
    }

    /** The change's own IRI on its decision's page; a difference with no known cause is named by what and when. */
    private String iri(ChangeItem item, LocalDate to) {
        if (item.cause() != null && item.cause().decision() != null) {
            return iris.change(organisationId, item.cause().decision().id(), item.cause().changeId());
        }
        String subject = item.chefRoleId() != null ? item.chefRoleId()
                : item.unit() != null ? item.unit().id() : item.committeeId();
        return iris.organisation(organisationId) + "#" + item.kind() + "-" + subject + "-" + to;
    }

    private Resource decision(DecisionRef decision) {
        Resource resource = model.createResource(iris.decision(organisationId, decision.id()),
                        OpenDataVocabulary.LEGAL_RESOURCE)
                .addProperty(RDF.type, terms.decision)
                .addProperty(terms.organ, decision.organ())
                .addProperty(DCTerms.date, date(decision.decidedOn()))
                .addLiteral(terms.illustrative, decision.illustrative());
        if (decision.paragraph() != null) {
            resource.addProperty(terms.paragraph, decision.paragraph());
        }
        if (decision.caseNumber() != null) {
            resource.addProperty(DCTerms.identifier, decision.caseNumber());
        }
        if (decision.title() != null) {
            resource.addProperty(DCTerms.title, decision.title(), "sv");
        }
        return resource;
    }

    /** A unit named as of the date the change concerns; classified when the change says its kind. */
    private Resource unit(UnitRef unit, ChangeItem item) {
        Resource resource = model.createResource(iris.unit(organisationId, unit.id()),
                        OpenDataVocabulary.ORGANIZATIONAL_UNIT)
                .addProperty(DCTerms.identifier, unit.id());
        if (unit.name() != null) {
            // rdfs:label, not skos:prefLabel: a unit renamed between the two dates is named as of each.
            resource.addProperty(RDFS.label, unit.name(), "sv");
        }
        if (item != null && item.unitKind() != null) {
            resource.addProperty(OpenDataVocabulary.CLASSIFICATION,
                    model.createResource(iris.unitKind(item.unitKind().name())));
        }
        return resource;
    }

    private Resource post(ChangeItem item) {
        return model.createResource(iris.chefRole(organisationId, item.unit().id(), item.chefRoleId()),
                        OpenDataVocabulary.POST)
                .addProperty(SKOS.prefLabel, item.chefRoleTitle(), "sv")
                .addProperty(DCTerms.identifier, item.chefRoleId())
                .addProperty(OpenDataVocabulary.POST_IN, unit(item.unit(), null));
    }

    private void link(Resource event, Property property, UnitRef unit) {
        if (unit != null) {
            event.addProperty(property, unit(unit, null));
        }
    }

    private void person(Resource event, Property property, PersonRef person) {
        if (person != null) {
            event.addProperty(property, model.createResource(iris.person(organisationId, person.id()),
                    OpenDataVocabulary.PERSON).addProperty(OpenDataVocabulary.NAME, person.name()));
        }
    }

    private Literal date(LocalDate date) {
        return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }
}
