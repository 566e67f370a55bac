package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;

class OrgChartTest {

    private static UnitNode unit(String id, UnitKind kind, UnitNode... children) {
        return new UnitNode(id, id, kind, false, List.of(), List.of(children));
    }

    private static final UnitNode KOMMUN = unit("kommun", UnitKind.kommun,
            unit("kommunforvaltningen", UnitKind.forvaltning,
                    unit("klk", UnitKind.kontor,
                            unit("hr-stab", UnitKind.stab),
                            unit("service", UnitKind.avdelning, unit("maltid", UnitKind.enhet))),
                    unit("sbk", UnitKind.kontor, unit("plan", UnitKind.verksamhet))));

    @Test
    void unitsWithOneChildStandInAColumnAndTheFirstBranchingSpreadsIntoColumns() {
        OrgChart chart = OrgChart.of(KOMMUN);

        OrgChart.Box kommun = box(chart, "kommun");
        OrgChart.Box forvaltning = box(chart, "kommunforvaltningen");
        OrgChart.Box klk = box(chart, "klk");
        OrgChart.Box sbk = box(chart, "sbk");
        assertThat(forvaltning.x()).isEqualTo(kommun.x());
        assertThat(forvaltning.y()).isGreaterThan(kommun.y());
        assertThat(klk.y()).isEqualTo(sbk.y()).isGreaterThan(forvaltning.y());
        assertThat(sbk.x()).isGreaterThan(klk.x() + klk.width());
        assertThat(box(chart, "service").y()).isGreaterThan(box(chart, "hr-stab").y()).isGreaterThan(klk.y());
        assertThat(box(chart, "service").x()).isGreaterThan(klk.x());
    }

    @Test
    void verksamheterAndEnheterAreLeftToTheTreeAndEveryBoxFitsTheDrawing() {
        OrgChart chart = OrgChart.of(KOMMUN);

        assertThat(chart.boxes()).extracting(OrgChart.Box::id).doesNotContain("maltid", "plan").hasSize(6);
        assertThat(chart.boxes()).allSatisfy(box -> {
            assertThat(box.x() + box.width()).isLessThanOrEqualTo(chart.width());
            assertThat(box.y() + box.height()).isLessThanOrEqualTo(chart.height());
        });
        assertThat(chart.lines()).isNotEmpty();
    }

    @Test
    void aNameTooLongForItsBoxIsShortenedWithAnEllipsis() {
        OrgChart.Box narrow = new OrgChart.Box("x", "Stab för verksamhetsutveckling och administration", "stab",
                0, 0, 204, 40);

        assertThat(narrow.label()).endsWith("…").hasSizeLessThanOrEqualTo((204 - 16) / 7);
        assertThat(new OrgChart.Box("y", "HR-stab", "stab", 0, 0, 204, 40).label()).isEqualTo("HR-stab");
    }

    private static OrgChart.Box box(OrgChart chart, String id) {
        return chart.boxes().stream().filter(box -> box.id().equals(id)).findFirst().orElseThrow();
    }
}
