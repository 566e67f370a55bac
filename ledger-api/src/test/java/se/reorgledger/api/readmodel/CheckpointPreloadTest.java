package se.reorgledger.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.LedgerAnchor;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.Loaded;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

class CheckpointPreloadTest {

    @TempDir
    Path data;

    @Test
    void theCheckpointIsReadBeforeTheBeansAreMadeAndHandedOverOnceCheckedAgainstTheLedger() throws IOException {
        LedgerProjection written = writtenIn(data.resolve("read-models"));

        CheckpointPreload.Reading reading = preloadedWith(Map.of("ledger.data-dir", data.toString()));
        Loaded loaded = reading.take(data.resolve("read-models")).checkedAgainst(header -> Optional.empty());

        assertThat(loaded.rejectedBecause()).isNull();
        assertThat(loaded.projection().orElseThrow().checksum()).isEqualTo(written.checksum());
    }

    @Test
    void whatWasReadEarlyIsStillCheckedAgainstTheLedger() throws IOException {
        writtenIn(data.resolve("read-models"));

        CheckpointPreload.Reading reading = preloadedWith(Map.of("ledger.data-dir", data.toString()));
        Loaded loaded = reading.take(data.resolve("read-models"))
                .checkedAgainst(header -> Optional.of("another ledger"));

        assertThat(loaded.projection()).isEmpty();
        assertThat(loaded.rejectedBecause()).isEqualTo("another ledger");
    }

    @Test
    void aFolderOtherThanTheOneReadEarlyIsReadWhenAskedFor() throws IOException {
        writtenIn(data.resolve("read-models"));
        Path elsewhere = data.resolve("elsewhere");

        CheckpointPreload.Reading reading = preloadedWith(Map.of("ledger.data-dir", data.toString()));

        assertThat(reading.take(elsewhere).checkedAgainst(header -> Optional.empty()).none()).isTrue();
    }

    @Test
    void theFolderSetForCheckpointsIsTheOneReadEarly() throws IOException {
        Path folder = data.resolve("own");
        LedgerProjection written = writtenIn(folder);

        CheckpointPreload.Reading reading = preloadedWith(Map.of("ledger.data-dir", data.toString(),
                "ledger.read-models.checkpoint.folder", folder.toString()));

        assertThat(reading.take(folder).checkedAgainst(header -> Optional.empty()).projection().orElseThrow()
                .checksum()).isEqualTo(written.checksum());
    }

    @Test
    void nothingIsReadEarlyWhenCheckpointsAreOff() {
        GenericApplicationContext context = prepared(Map.of("ledger.data-dir", data.toString(),
                "ledger.read-models.checkpoint.enabled", "off"));

        assertThat(context.getBeanFactory().containsSingleton(CheckpointPreload.BEAN)).isFalse();
    }

    private CheckpointPreload.Reading preloadedWith(Map<String, Object> properties) {
        return (CheckpointPreload.Reading) prepared(properties).getBeanFactory().getSingleton(CheckpointPreload.BEAN);
    }

    private static GenericApplicationContext prepared(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        new CheckpointPreload().onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(),
                new String[0], context));
        return context;
    }

    private static LedgerProjection writtenIn(Path folder) throws IOException {
        LedgerProjection projection = new LedgerProjection();
        SyntheticLedger.organisation("kommun", 500, 20, 7).forEach(projection::apply);
        CheckpointFile.write(folder, projection, position -> new LedgerAnchor(position, "event", "chain"));
        return projection;
    }
}
