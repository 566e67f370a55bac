package se.reorgledger.api.readmodel;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile;

/**
 * Starts reading the read models' checkpoint as soon as the configuration is known, before the service's own start
 * (its beans, the database's migrations, the web server), on a thread of its own beside it: its header and section
 * table and their checks need no database. Only the ledger's check of the checkpoint's anchor waits for the
 * database, in {@link ReadModelCheckpoints#loadAtStart}, which takes what was read here. Registered in
 * {@code META-INF/spring.factories}, so every start of the application has it, tests too.
 */
public class CheckpointPreload implements ApplicationListener<ApplicationPreparedEvent> {

    /** The bean this registers, for {@link ReadModelCheckpoints}. */
    public static final String BEAN = "readModelCheckpointPreload";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
        if (!environment.getProperty("ledger.read-models.checkpoint.enabled", Boolean.class, true)) {
            return;
        }
        Path folder = Path.of(environment.resolveRequiredPlaceholders(ReadModelConfiguration.CHECKPOINT_FOLDER));
        event.getApplicationContext().getBeanFactory().registerSingleton(BEAN, new Reading(folder));
    }

    /** A checkpoint being read in the background from one folder, handed out once. */
    public static final class Reading {

        private final Path folder;
        private volatile CompletableFuture<CheckpointFile.Read> read;

        Reading(Path folder) {
            this.folder = folder.toAbsolutePath().normalize();
            CompletableFuture<CheckpointFile.Read> pending = new CompletableFuture<>();
            this.read = pending;
            Thread thread = new Thread(() -> readInto(pending), "checkpoint-preload");
            thread.setDaemon(true);
            thread.start();
        }

        private void readInto(CompletableFuture<CheckpointFile.Read> pending) {
            try {
                pending.complete(CheckpointFile.read(folder));
            } catch (RuntimeException | Error e) {
                pending.completeExceptionally(e);
            }
        }

        /**
         * What was read from {@code folder}, waiting for it if need be; read now if this read another folder or was
         * taken already. Only the first caller gets the early read, which is then let go (it may be a gigabyte).
         */
        public CheckpointFile.Read take(Path wanted) {
            CompletableFuture<CheckpointFile.Read> pending = read;
            read = null;
            if (pending == null || !folder.equals(wanted.toAbsolutePath().normalize())) {
                return CheckpointFile.read(wanted);
            }
            return pending.join();
        }

        /** Lets go of what was read, when it is not wanted. */
        public void discard() {
            CompletableFuture<CheckpointFile.Read> pending = read;
            read = null;
            if (pending != null) {
                pending.thenAccept(CheckpointFile.Read::discard);
            }
        }
    }
}
