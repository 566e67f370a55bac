package se.reorgledger.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.structure.UnitRef;

class ChangeGraphTest {

    private static final LedgerIris IRIS = new LedgerIris("https://organisation.exempelby.example");
    private static final LocalDate NEW_YEAR = LocalDate.of(2028, 1, 1);
    private static final DecisionRef DECISION = new DecisionRef("kf-1", "Kommunfullmäktige",
            LocalDate.of(2027, 11, 22), "§ 9", "KS 2027/1", "Nämndorganisation", true);
    private static final UnitRef KONTOR = new UnitRef("kommunledningskontoret", "Kommunledningskontoret");
    private static final UnitRef ENHET = new UnitRef("kommunikation", "Kommunikation");

    @Test
    void everyKindOfChangeIsAChangeEventAndARowAndEveryLedgerTermItUsesIsDeclared() {
        ChangesBetween changes = changes(oneOfEveryKind());
        Model graph = ChangeGraph.of(IRIS, changes);
        Model vocabulary = VocabularyGraph.of(IRIS);

        Set<String> kinds = new TreeSet<>();
        graph.listObjectsOfProperty(new LedgerTerms(IRIS).changeKind).forEach(kind -> kinds.add(kind.asLiteral()
                .getString()));
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(ChangeItem.KINDS);
        assertThat(graph.listSubjectsWithProperty(RDF.type, OpenDataVocabulary.CHANGE_EVENT).toList())
                .hasSize(ChangeItem.KINDS.size());
        Set<String> used = new TreeSet<>();
        for (Statement statement : graph.listStatements().toList()) {
            String predicate = statement.getPredicate().getURI();
            if (predicate.startsWith(IRIS.vocabularyNamespace())) {
                used.add(predicate);
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(term -> {
            Resource declared = vocabulary.getResource(term);
            assertThat(declared.hasProperty(RDF.type, RDF.Property)).as(term).isTrue();
            assertThat(declared.hasProperty(RDFS.comment)).as(term).isTrue();
        });
        String csv = new String(ChangeRows.of(changes).bytes(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1 + ChangeItem.KINDS.size());
    }

    @Test
    void aChangeThatBringsAboutSeveralDifferencesGivesEachItsOwnEvent() {
        Cause dissolution = new Cause("kf-1.3", DECISION);
        Model graph = ChangeGraph.of(IRIS, changes(List.of(
                ChangeItem.of(ChangeItem.COMMITTEE_DISSOLVED, NEW_YEAR, dissolution)
                        .committee("miljonamnd", "Miljönämnden", CommitteeType.gemensam_namnd).build(),
                ChangeItem.of(ChangeItem.SERVICE_ENDED, NEW_YEAR, dissolution).unit(KONTOR, null)
                        .committee("miljonamnd", "Miljönämnden", null).build(),
                ChangeItem.of(ChangeItem.MEMBERSHIP_ENDED, NEW_YEAR, dissolution)
                        .committee("miljonamnd", "Miljönämnden", null).municipality("Laxå kommun").build())));
        String change = "https://organisation.exempelby.example/organisationer/exempelby/beslut/kf-1#andring-kf-1.3";

        List<String> events = new ArrayList<>();
        graph.listSubjectsWithProperty(RDF.type, OpenDataVocabulary.CHANGE_EVENT)
                .forEach(event -> events.add(event.getURI()));
        assertThat(events).containsExactlyInAnyOrder(change, change + "/serviceEnded/kommunledningskontoret",
                change + "/membershipEnded/Lax%C3%A5%20kommun");
        assertThat(graph.getResource(change).hasProperty(OpenDataVocabulary.ORIGINAL_ORGANIZATION, graph.getResource(
                "https://organisation.exempelby.example/api/v1/organisations/exempelby/committees#miljonamnd")))
                .isTrue();
    }

    private static ChangesBetween changes(List<ChangeItem> items) {
        return new ChangesBetween("exempelby", NEW_YEAR.minusDays(1), NEW_YEAR, Instant.parse("2028-01-15T00:00:00Z"),
                items);
    }

    private static List<ChangeItem> oneOfEveryKind() {
        List<ChangeItem> items = new ArrayList<>();
        int change = 0;
        for (String kind : ChangeItem.KINDS) {
            ChangeItem.Builder item = ChangeItem.of(kind, NEW_YEAR, new Cause("kf-1." + ++change, DECISION))
                    .unit(kind.startsWith("service") ? KONTOR : ENHET, UnitKind.funktion)
                    .previousKind(UnitKind.enhet).authority(false).parents(KONTOR, KONTOR).previousName("Info")
                    .successors(List.of(KONTOR))
                    .committee("miljonamnd", "Miljönämnden", CommitteeType.gemensam_namnd).reglemente("2028")
                    .municipality("Laxå kommun");
            if (kind.startsWith("chefRole") || kind.equals(ChangeItem.APPOINTMENT)) {
                item.chefRole("enhetschef-kommunikation", "Enhetschef")
                        .holders(new PersonRef("p-1", "Åsa Öberg"), null, true);
            }
            items.add(item.build());
        }
        return items;
    }
}
