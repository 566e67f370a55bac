package se.reorgledger.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.committees.CommitteesView;
import se.reorgledger.projections.provenance.CommitteeProvenance;
import se.reorgledger.projections.provenance.FactProvenance;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.structure.StructureView;
import se.reorgledger.projections.structure.UnitRef;

class StructureGraphTest {

    private static final LedgerIris IRIS = new LedgerIris("https://organisation.exempelby.example/");
    private static final Provenance STATED = new Provenance(List.of("ks-1"), false);
    private static final Provenance ILLUSTRATIVE = new Provenance(List.of("ks-2"), true);

    private static final UnitNode KONTOR = new UnitNode("kommunledningskontoret", "Kommunledningskontoret",
            UnitKind.kontor, false, List.of(new ChefRoleNode("kontorschef-klk", "Kontorschef",
            new PersonRef("p-1", "Åsa Öberg"))), List.of());
    private static final StructureView STRUCTURE = new StructureView("exempelby", LocalDate.of(2026, 1, 1),
            Instant.parse("2026-01-15T00:00:00Z"), new UnitNode("exempelby", "Exempelby kommun", UnitKind.kommun,
            false, List.of(), List.of(KONTOR)), new FactProvenance(
            Map.of("exempelby", STATED, "kommunledningskontoret", STATED), Map.of("kontorschef-klk", STATED),
            Map.of("kontorschef-klk", ILLUSTRATIVE)));
    private static final CommitteesView COMMITTEES = new CommitteesView("exempelby", LocalDate.of(2026, 1, 1),
            Instant.parse("2026-01-15T00:00:00Z"), List.of(new CommitteeView("overformyndarnamnden",
            "Överförmyndarnämnden", CommitteeType.gemensam_namnd, null,
            List.of(new UnitRef("kommunledningskontoret", "Kommunledningskontoret")), List.of("Laxå kommun"),
            "Exempelby kommun", new CommitteeProvenance(STATED, null, Map.of(), Map.of("Laxå kommun", STATED)))));

    @Test
    void theKommunIsAPublicOrganisationAndItsUnitsAreItsUnitsUnderTheirParents() {
        Model graph = StructureGraph.of(IRIS, STRUCTURE, COMMITTEES);
        Resource kommun = graph.getResource("https://organisation.exempelby.example/organisationer/exempelby");
        Resource kontor = graph.getResource(
                "https://organisation.exempelby.example/organisationer/exempelby/enheter/kommunledningskontoret");

        assertThat(kommun.hasProperty(RDF.type, OpenDataVocabulary.PUBLIC_ORGANISATION)).isTrue();
        assertThat(kontor.hasProperty(OpenDataVocabulary.SUB_ORGANIZATION_OF, kommun)).isTrue();
        assertThat(kontor.hasProperty(OpenDataVocabulary.UNIT_OF, kommun)).isTrue();
        assertThat(kontor.getPropertyResourceValue(OpenDataVocabulary.CLASSIFICATION).getURI())
                .isEqualTo("https://organisation.exempelby.example/api/v1/vocabulary#kontor");
    }

    @Test
    void aPostIsIllustrativeWhenTheAppointmentOfItsHolderIs() {
        Model graph = StructureGraph.of(IRIS, STRUCTURE, COMMITTEES);
        LedgerTerms terms = new LedgerTerms(IRIS);
        Resource post = graph.getResource("https://organisation.exempelby.example/organisationer/exempelby/enheter/"
                + "kommunledningskontoret#chefsroll-kontorschef-klk");

        assertThat(post.hasProperty(RDF.type, OpenDataVocabulary.POST)).isTrue();
        assertThat(post.listProperties(terms.illustrative).toList()).singleElement()
                .satisfies(value -> assertThat(value.getBoolean()).isTrue());
        assertThat(post.getPropertyResourceValue(OpenDataVocabulary.HELD_BY)
                .getProperty(OpenDataVocabulary.NAME).getString()).isEqualTo("Åsa Öberg");
    }

    @Test
    void theJointNamndHasAMembershipForTheHostAndEachMemberKommun() {
        Model graph = StructureGraph.of(IRIS, STRUCTURE, COMMITTEES);

        assertThat(graph.listResourcesWithProperty(RDF.type, OpenDataVocabulary.MEMBERSHIP).toList()).hasSize(2);
        assertThat(graph.listSubjectsWithProperty(SKOS.prefLabel, "Laxå kommun", "sv").toList()).singleElement()
                .satisfies(member -> assertThat(member.hasProperty(RDF.type, OpenDataVocabulary.FORMAL_ORGANIZATION))
                        .isTrue());
    }

    @Test
    void aNamndNamesTheKontorThatServeIt() {
        Model graph = StructureGraph.of(IRIS, STRUCTURE, COMMITTEES);
        Resource namnd = graph.getResource("https://organisation.exempelby.example/api/v1/organisations/exempelby/"
                + "committees#overformyndarnamnden");

        assertThat(namnd.listProperties(new LedgerTerms(IRIS).servingUnit).toList()).singleElement()
                .satisfies(served -> assertThat(served.getResource().getURI()).isEqualTo(
                        "https://organisation.exempelby.example/organisationer/exempelby/enheter/"
                                + "kommunledningskontoret"));
    }

    @Test
    void theSameQuestionIsWrittenToTheSameBytesSoItsEtagHolds() {
        byte[] first = Representation.TURTLE.write(StructureGraph.of(IRIS, STRUCTURE, COMMITTEES));
        byte[] second = Representation.TURTLE.write(StructureGraph.of(IRIS, STRUCTURE, COMMITTEES));
        byte[] jsonLd = Representation.JSON_LD.write(StructureGraph.of(IRIS, STRUCTURE, COMMITTEES));

        assertThat(second).isEqualTo(first);
        assertThat(Representation.JSON_LD.write(StructureGraph.of(IRIS, STRUCTURE, COMMITTEES))).isEqualTo(jsonLd);
        Model parsed = RDFParser.create().fromString(new String(jsonLd, StandardCharsets.UTF_8)).lang(Lang.JSONLD11)
                .toModel();
        assertThat(parsed.isIsomorphicWith(StructureGraph.of(IRIS, STRUCTURE, COMMITTEES))).isTrue();
    }

    @Test
    void aBaseThatCannotNameResourcesIsRefusedAtStart() {
        assertThatThrownBy(() -> new LedgerIris("organisation.exempelby.example"))
                .hasMessageContaining("LEDGER_PUBLIC_BASE_URI");
        assertThatThrownBy(() -> new LedgerIris("https://organisation.exempelby.example/?x=1"))
                .hasMessageContaining("LEDGER_PUBLIC_BASE_URI");
        assertThatThrownBy(() -> new LedgerIris("ftp://organisation.exempelby.example"))
                .hasMessageContaining("LEDGER_PUBLIC_BASE_URI");
        assertThat(new LedgerIris("HTTPS://organisation.exempelby.example//").vocabulary())
                .isEqualTo("HTTPS://organisation.exempelby.example/api/v1/vocabulary");
    }
}
