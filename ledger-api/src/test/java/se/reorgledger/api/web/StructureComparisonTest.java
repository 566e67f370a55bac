package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;

class StructureComparisonTest {

    private static UnitNode unit(String id, String name, UnitKind kind, List<ChefRoleNode> roles, UnitNode... children) {
        return new UnitNode(id, name, kind, false, roles, List.of(children));
    }

    @Test
    void movesRenamesNewUnitsAndNewHoldersAreEachALineNamingTheUnits() {
        UnitNode service = unit("service", "Serviceavdelningen", UnitKind.avdelning, List.of());
        UnitNode before = unit("k", "Kommunen", UnitKind.kommun, List.of(),
                unit("tekniska", "Tekniska förvaltningen", UnitKind.forvaltning,
                        List.of(new ChefRoleNode("chef-t", "Förvaltningschef", null)), service),
                unit("klk", "Kommunledningskontoret", UnitKind.kontor, List.of()));
        UnitNode after = unit("k", "Kommunen", UnitKind.kommun, List.of(),
                unit("tekniska", "Tekniska kontoret", UnitKind.kontor,
                        List.of(new ChefRoleNode("chef-t", "Förvaltningschef", new PersonRef("p", "Per Persson")))),
                unit("klk", "Kommunledningskontoret", UnitKind.kontor, List.of(), service,
                        unit("ny", "Nya enheten", UnitKind.enhet, List.of())));

        StructureComparison comparison = StructureComparison.of(before, after);

        assertThat(comparison.moved()).containsExactly(
                "Serviceavdelningen flyttas från Tekniska förvaltningen till Kommunledningskontoret");
        assertThat(comparison.renamed()).containsExactly("Tekniska förvaltningen byter namn till Tekniska kontoret");
        assertThat(comparison.rekinded()).containsExactly("Tekniska kontoret ändras från förvaltning till kontor");
        assertThat(comparison.established()).containsExactly("Nya enheten (enhet) inrättas under Kommunledningskontoret");
        assertThat(comparison.holders()).containsExactly("Förvaltningschef för Tekniska kontoret: ingen innehavare → Per Persson");
        assertThat(comparison.dissolved()).isEmpty();
        assertThat(comparison.isEmpty()).isFalse();
    }

    @Test
    void theSameOrganisationOnBothSidesHasNoLines() {
        UnitNode tree = unit("k", "Kommunen", UnitKind.kommun, List.of(new ChefRoleNode("kd", "Kommundirektör", null)));
        assertThat(StructureComparison.of(tree, tree).isEmpty()).isTrue();
    }
}
