package se.reorgledger.api.opendata;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
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
 * The changes between two dates as ORG change events, one for every line of the diff: a dissolved unit or nämnd
 * is the original organisation of its event and the units a unit's parts went to are the resulting ones; an
 * established, moved, renamed, reclassified unit, or one of another myndighetsutövning, and a registered nämnd is
 * the resulting one. Chef roles are posts, a gemensam nämnd's member kommun has a membership, and a kontor's
 * service to a nämnd names both. Each event has its date and its decision as formal framework (organ, date, §,
 * diarienummer, title).
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
        Set<String> named = new HashSet<>();
        for (ChangeItem item : changes.items()) {
            graph.event(item, graph.iri(item, changes.to(), named));
        }
        return graph.model;
    }

    private void event(ChangeItem item, String iri) {
        Resource event = model.createResource(iri, OpenDataVocabulary.CHANGE_EVENT)
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
            case ChangeItem.KIND_CHANGED -> event
                    .addProperty(OpenDataVocabulary.RESULTING_ORGANIZATION, unit(item.unit(), item))
                    .addProperty(terms.previousClassification,
                            model.createResource(iris.unitKind(item.previousKind().name())));
            case ChangeItem.AUTHORITY_CHANGED -> event.addProperty(OpenDataVocabulary.RESULTING_ORGANIZATION,
                    unit(item.unit(), item).addLiteral(terms.authority, item.authority().booleanValue()));
            case ChangeItem.CHEF_ROLE_ESTABLISHED, ChangeItem.CHEF_ROLE_ENDED ->
                    event.addProperty(terms.post, post(item));
            case ChangeItem.APPOINTMENT -> event.addProperty(terms.post, post(item))
                    .addLiteral(terms.roleEnded, item.roleEnded().booleanValue());
            case ChangeItem.REGLEMENTE -> event.addProperty(terms.committee, committee(item))
                    .addProperty(terms.reglemente, item.reglemente());
            case ChangeItem.COMMITTEE_REGISTERED -> event.addProperty(terms.committee, committee(item))
                    .addProperty(OpenDataVocabulary.RESULTING_ORGANIZATION, committee(item));
            case ChangeItem.COMMITTEE_DISSOLVED -> event.addProperty(terms.committee, committee(item))
                    .addProperty(OpenDataVocabulary.ORIGINAL_ORGANIZATION, committee(item));
            case ChangeItem.SERVICE_STARTED, ChangeItem.SERVICE_ENDED -> event
                    .addProperty(terms.committee, committee(item))
                    .addProperty(terms.servingUnit, unit(item.unit(), null));
            case ChangeItem.MEMBERSHIP_STARTED, ChangeItem.MEMBERSHIP_ENDED -> event
                    .addProperty(terms.committee, committee(item))
                    .addProperty(terms.membership, membership(item));
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

    /**
     * The change's own IRI on its decision's page. One change can bring about several differences (a nämnd
     * dissolved ends the services to it and its memberships; a chef role ended sees its holder leave): the first in
     * the diff's order, which is the change's own kind, takes the change's IRI and each further one adds its kind
     * and subject. A difference with no known cause is named by what and when.
     */
    private String iri(ChangeItem item, LocalDate to, Set<String> named) {
        if (item.cause() != null && item.cause().decision() != null) {
            String change = iris.change(organisationId, item.cause().decision().id(), item.cause().changeId());
            return named.add(change) ? change : iris.consequence(change, item.kind(), item.subject());
        }
        return iris.organisation(organisationId) + "#" + item.kind() + "-" + item.subject() + "-" + to;
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

    /** A nämnd, as the structure names it: an organisation of the kommun's, public, of its type. */
    private Resource committee(ChangeItem item) {
        Resource namnd = model.createResource(iris.committee(organisationId, item.committeeId()),
                        OpenDataVocabulary.ORGANIZATION)
                .addProperty(RDF.type, OpenDataVocabulary.PUBLIC_ORGANISATION)
                .addProperty(SKOS.prefLabel, item.committeeName(), "sv")
                .addProperty(DCTerms.identifier, item.committeeId());
        if (item.committeeType() != null) {
            namnd.addProperty(DCTerms.type, item.committeeType().label());
        }
        return namnd;
    }

    /** A member kommun's membership of a gemensam nämnd, with the IRIs the structure gives it. */
    private Resource membership(ChangeItem item) {
        Resource member = model.createResource(iris.memberMunicipality(organisationId, item.committeeId(),
                        item.municipality()), OpenDataVocabulary.FORMAL_ORGANIZATION)
                .addProperty(RDF.type, OpenDataVocabulary.PUBLIC_ORGANISATION)
                .addProperty(SKOS.prefLabel, item.municipality(), "sv");
        return model.createResource(iris.membership(organisationId, item.committeeId(), item.municipality()),
                        OpenDataVocabulary.MEMBERSHIP)
                .addProperty(OpenDataVocabulary.MEMBER, member)
                .addProperty(OpenDataVocabulary.ORGANIZATION_PROPERTY, committee(item));
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
