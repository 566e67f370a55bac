package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.structure.UnitRef;

class CommitteeComparisonTest {

    private static final UnitRef SBK = new UnitRef("samhallsbyggnadskontoret", "Samhällsbyggnadskontoret");
    private static final UnitRef SOC = new UnitRef("socialkontoret", "Socialkontoret");

    private static CommitteeView committee(String id, String name, List<UnitRef> servedBy, List<String> members) {
        return new CommitteeView(id, name, CommitteeType.values()[0], null, servedBy, members, null, null);
    }

    @Test
    void nämnderRegisteredAndDissolvedKontorStartingAndStoppingServiceAndKommunerJoiningAndLeaving() {
        List<CommitteeView> before = List.of(
                committee("byggnamnden", "Byggnämnden", List.of(SOC), List.of()),
                committee("overformyndarnamnden", "Överförmyndarnämnden", List.of(SOC),
                        List.of("Askersund", "Laxå")),
                committee("tekniska-namnden", "Tekniska nämnden", List.of(SBK), List.of()));
        List<CommitteeView> after = List.of(
                committee("byggnamnden", "Byggnämnden", List.of(SBK), List.of()),
                committee("overformyndarnamnden", "Överförmyndarnämnden", List.of(SOC),
                        List.of("Askersund", "Lekeberg")),
                committee("miljonamnden", "Miljönämnden", List.of(SBK), List.of()));

        CommitteeComparison lines = CommitteeComparison.of(before, after);

        assertThat(lines.registered()).containsExactly("Miljönämnden registreras");
        assertThat(lines.dissolved()).containsExactly("Tekniska nämnden upplöses");
        assertThat(lines.servicesStarted()).containsExactly("Samhällsbyggnadskontoret börjar betjäna Byggnämnden",
                "Samhällsbyggnadskontoret börjar betjäna Miljönämnden");
        assertThat(lines.servicesEnded()).containsExactly("Socialkontoret slutar betjäna Byggnämnden",
                "Samhällsbyggnadskontoret slutar betjäna Tekniska nämnden");
        assertThat(lines.membersJoined()).containsExactly("Lekeberg går med i Överförmyndarnämnden");
        assertThat(lines.membersLeft()).containsExactly("Laxå går ur Överförmyndarnämnden");
        assertThat(lines.isEmpty()).isFalse();
    }

    @Test
    void theSameNämnderOnBothSidesAreNoLines() {
        List<CommitteeView> same = List.of(committee("byggnamnden", "Byggnämnden", List.of(SBK), List.of()));
        assertThat(CommitteeComparison.of(same, same).isEmpty()).isTrue();
    }
}
