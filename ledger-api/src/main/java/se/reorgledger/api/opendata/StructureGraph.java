package se.reorgledger.api.opendata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.committees.CommitteesView;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.structure.StructureView;
import se.reorgledger.projections.structure.UnitRef;

/**
 * The organisation on a date, as known at a moment, in ORG and CPOV: the kommun as a formal, public
 * organisation; each unit an organisational unit of the kommun under its parent, classified by its level; each
 * chef role a post in its unit held by its holder; each nämnd with the kontor that serve it, a gemensam nämnd with
 * the memberships of its member kommuner. Every fact carries the decisions behind it ({@code prov:wasDerivedFrom}) and whether one of them is
 * illustrative.
 */
final class StructureGraph {

    private final LedgerIris iris;
    private final LedgerTerms terms;
    private final String organisationId;
    private final Model model = ModelFactory.createDefaultModel();

    private StructureGraph(LedgerIris iris, StructureView structure) {
        this.iris = iris;
        this.terms = new LedgerTerms(iris);
        this.organisationId = structure.organisation();
        OpenDataVocabulary.prefixes(model, iris);
    }

    static Model of(LedgerIris iris, StructureView structure, CommitteesView committees) {
        StructureGraph graph = new StructureGraph(iris, structure);
        Resource kommun = graph.kommun(structure);
        graph.units(structure, structure.root(), null, kommun);
        for (CommitteeView committee : committees.committees()) {
            graph.committee(committee, kommun);
        }
        return graph.model;
    }

    private Resource kommun(StructureView structure) {
        UnitNode root = structure.root();
        Resource kommun = model.createResource(iris.organisation(organisationId))
                .addProperty(RDF.type, OpenDataVocabulary.FORMAL_ORGANIZATION)
                .addProperty(RDF.type, OpenDataVocabulary.PUBLIC_ORGANISATION)
                .addProperty(SKOS.prefLabel, root.name(), "sv")
                .addProperty(DCTerms.identifier, organisationId)
                .addProperty(OpenDataVocabulary.CLASSIFICATION, model.createResource(
                        iris.unitKind(root.kind().name())));
        kommun.addProperty(DCTerms.date, model.createTypedLiteral(structure.asOf().toString(),
                XSDDatatype.XSDdate));
        return kommun;
    }

    private void units(StructureView structure, UnitNode unit, Resource parent, Resource kommun) {
        Resource resource = model.createResource(iris.unit(organisationId, unit.id()));
        if (parent != null) {
            resource.addProperty(RDF.type, OpenDataVocabulary.ORGANIZATIONAL_UNIT)
                    .addProperty(SKOS.prefLabel, unit.name(), "sv")
                    .addProperty(DCTerms.identifier, unit.id())
                    .addProperty(OpenDataVocabulary.UNIT_OF, kommun)
                    .addProperty(OpenDataVocabulary.SUB_ORGANIZATION_OF, parent)
                    .addProperty(OpenDataVocabulary.CLASSIFICATION, model.createResource(
                            iris.unitKind(unit.kind().name())));
        }
        resource.addLiteral(terms.authority, unit.authority());
        provenance(resource, structure.provenance().units().get(unit.id()));
        for (ChefRoleNode role : unit.chefRoles()) {
            chefRole(structure, unit, role, resource);
        }
        for (UnitNode child : unit.children()) {
            units(structure, child, resource, kommun);
        }
    }

    private void chefRole(StructureView structure, UnitNode unit, ChefRoleNode role, Resource in) {
        Resource post = model.createResource(iris.chefRole(organisationId, unit.id(), role.id()),
                        OpenDataVocabulary.POST)
                .addProperty(SKOS.prefLabel, role.title(), "sv")
                .addProperty(DCTerms.identifier, role.id())
                .addProperty(OpenDataVocabulary.POST_IN, in);
        provenance(post, structure.provenance().chefRoles().get(role.id()));
        if (role.holder() != null) {
            Resource person = model.createResource(iris.person(organisationId, role.holder().id()),
                            OpenDataVocabulary.PERSON)
                    .addProperty(OpenDataVocabulary.NAME, role.holder().name());
            post.addProperty(OpenDataVocabulary.HELD_BY, person);
            // The post may stand on stated decisions while the appointment of its holder does not.
            provenance(post, structure.provenance().holders().get(role.id()));
        }
    }

    private void committee(CommitteeView committee, Resource kommun) {
        Resource namnd = model.createResource(iris.committee(organisationId, committee.id()),
                        OpenDataVocabulary.ORGANIZATION)
                .addProperty(RDF.type, OpenDataVocabulary.PUBLIC_ORGANISATION)
                .addProperty(SKOS.prefLabel, committee.name(), "sv")
                .addProperty(DCTerms.identifier, committee.id())
                .addProperty(DCTerms.type, committee.type().label());
        provenance(namnd, committee.provenance().committee());
        for (UnitRef unit : committee.servedBy()) {
            namnd.addProperty(terms.servingUnit, model.createResource(iris.unit(organisationId, unit.id())));
        }
        if (committee.type() != CommitteeType.gemensam_namnd) {
            return;
        }
        if (committee.host() != null) {
            membership(committee, namnd, kommun, committee.provenance().committee(), committee.host());
        }
        for (String municipality : committee.memberMunicipalities()) {
            Resource member = model.createResource(iris.memberMunicipality(organisationId, committee.id(),
                            municipality), OpenDataVocabulary.FORMAL_ORGANIZATION)
                    .addProperty(RDF.type, OpenDataVocabulary.PUBLIC_ORGANISATION)
                    .addProperty(SKOS.prefLabel, municipality, "sv");
            membership(committee, namnd, member, committee.provenance().members().get(municipality), municipality);
        }
    }

    private void membership(CommitteeView committee, Resource namnd, Resource member, Provenance provenance,
                            String municipality) {
        Resource membership = model.createResource(iris.membership(organisationId, committee.id(),
                        municipality), OpenDataVocabulary.MEMBERSHIP)
                .addProperty(OpenDataVocabulary.MEMBER, member)
                .addProperty(OpenDataVocabulary.ORGANIZATION_PROPERTY, namnd);
        provenance(membership, provenance);
    }

    /** Adds the decisions behind a fact; the fact is illustrative when any provenance given for it is. */
    private void provenance(Resource fact, Provenance provenance) {
        if (provenance == null) {
            if (!fact.hasProperty(terms.illustrative)) {
                fact.addLiteral(terms.illustrative, false);
            }
            return;
        }
        for (String decisionId : provenance.decisions()) {
            fact.addProperty(OpenDataVocabulary.WAS_DERIVED_FROM,
                    model.createResource(iris.decision(organisationId, decisionId)));
        }
        boolean illustrative = provenance.illustrative()
                || fact.hasLiteral(terms.illustrative, true);
        fact.removeAll(terms.illustrative).addLiteral(terms.illustrative, illustrative);
    }
}
