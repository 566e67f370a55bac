package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.organisation.ChangePackageRecordedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;

class SharedValuesTest {

    private static final Instant AT = Instant.parse("2025-06-01T08:00:00Z");

    @Test
    void eventsKeptByTheIndexShareTheValuesTheyRepeatButAnswerTheSame() {
        LedgerProjection projection = new LedgerProjection();
        projection.apply(new RecordedEvent(0, "e0", AT, "registrator", new OrganisationRegisteredEvent(copy("a"),
                "A kommun")));
        projection.apply(new RecordedEvent(1, "e1", AT, copy("registrator"), new DecisionRecordedEvent(copy("a"),
                copy("ks-1"), "KS", LocalDate.of(2025, 5, 1), null, null, "Beslut", false)));
        projection.apply(new RecordedEvent(2, "e2", AT, copy("registrator"), new UnitEstablishedEvent(copy("a"),
                copy("x"), copy("Förvaltningen"), UnitKind.forvaltning, copy("a"), false, LocalDate.of(2026, 1, 1),
                copy("ks-1"), "ks-1.1")));
        projection.apply(new RecordedEvent(3, "e3", AT, copy("registrator"), new UnitEstablishedEvent(copy("a"),
                copy("y"), copy("Förvaltningen"), UnitKind.forvaltning, copy("a"), false, LocalDate.of(2026, 1, 1),
                copy("ks-1"), "ks-1.2")));
        projection.apply(new RecordedEvent(4, "e4", AT, copy("registrator"), new ChangePackageRecordedEvent(
                copy("a"), copy("ks-1"), java.util.List.of("ks-1.1", "ks-1.2"), "digest")));

        OrganisationIndex index = projection.indexes().iterator().next();
        UnitEstablishedEvent x = (UnitEstablishedEvent) index.change("ks-1.1").event();
        UnitEstablishedEvent y = (UnitEstablishedEvent) index.change("ks-1.2").event();
        assertThat(y.organisationId()).isSameAs(x.organisationId());
        assertThat(y.name()).isSameAs(x.name());
        assertThat(y.decisionId()).isSameAs(x.decisionId());
        assertThat(y.effectiveDate()).isSameAs(x.effectiveDate());
        assertThat(y.changeId()).isEqualTo("ks-1.2");
        assertThat(projection.structure("a", LocalDate.of(2026, 1, 1), AT).root().children())
                .extracting(node -> node.id()).containsExactly("x", "y");
        assertThat(index.unit("x").latestAt(0)).isEqualTo(new UnitState("x", "Förvaltningen", UnitKind.forvaltning,
                "a", false, LocalDate.of(2026, 1, 1), null, java.util.List.of()));
    }

    /** A string as a deserialiser hands it over: equal to, but not the same as, any other. */
    private static String copy(String value) {
        return new String(value.toCharArray());
    }
}
