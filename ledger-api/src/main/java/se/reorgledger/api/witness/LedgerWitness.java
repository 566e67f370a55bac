package se.reorgledger.api.witness;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;
import se.reorgledger.api.integrity.LedgerDigests;
import se.reorgledger.api.integrity.LedgerMerkleTree;
import se.reorgledger.api.integrity.WitnessSummary;
import se.reorgledger.api.store.EmbeddedStore;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerAppendListener;
import se.reorgledger.api.store.LedgerHead;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.merkle.MerkleProofs;

/**
 * Keeps a witness of the ledger outside the database that holds it, and refuses to start on a ledger that is
 * not the witnessed one or an extension of it: an emptied, rolled-back or exchanged database is named, never
 * silently taken for a new ledger.
 *
 * <p>The witness is {@code ledger-witness.json} in the data folder for the embedded store, and
 * {@code ledger-witness-<database>.json} for a database elsewhere (so that the embedded ledger and a PostgreSQL
 * one never take each other's witness), rewritten after every acknowledged append (its head) and at every start
 * and clean stop (with the Merkle root). With the default data folder
 * ({@code ./data}, which depends on the working folder) the service also remembers, under
 * {@code LEDGER_WITNESS_HOME} (default {@code ~/.reorganisation-ledger}), which folder held its last non-empty
 * ledger, so that a start from another working folder does not begin a new ledger unnoticed. An operator accepts
 * a ledger as it is only by naming its head: {@code LEDGER_ACCEPT_HEAD=position:chainHash}.
 */
@Component
@Order(LedgerWitness.ORDER)
public class LedgerWitness implements LedgerAppendListener, WitnessSummary, InitializingBean, DisposableBean {

    /** After the append is durable, before anything else is told of it. */
    static final int ORDER = 10;
    private static final Logger log = LoggerFactory.getLogger(LedgerWitness.class);

    private final Path dataFolder;
    private final String store;
    private final boolean defaultDataFolder;
    private final Optional<String> accept;
    private final WitnessFile witness;
    private final WitnessFile lastLedger;
    private final HashChain chain;
    private final LedgerDigests digests;
    private final LedgerMerkleTree tree;
    private volatile WitnessReport report;
    private long written = -1;
    private long lastLedgerPosition;

    public LedgerWitness(@Value("${ledger.data-dir}") String dataDir,
                         @Value("${ledger.witness.home}") String home,
                         @Value("${ledger.witness.accept-head:}") String acceptHead,
                         @Value("${spring.datasource.url}") String databaseUrl,
                         ConfigurableEnvironment environment, HashChain chain, LedgerDigests digests,
                         LedgerMerkleTree tree) {
        this.dataFolder = Path.of(dataDir).toAbsolutePath().normalize();
        this.store = describeStore(databaseUrl, dataFolder);
        this.defaultDataFolder = !chosen(environment);
        this.accept = acceptHead.isBlank() ? Optional.empty() : Optional.of(acceptHead);
        ObjectMapper json = mapper();
        this.witness = new WitnessFile(dataFolder.resolve(witnessFileName(databaseUrl, store)), json);
        this.lastLedger = new WitnessFile(Path.of(home).toAbsolutePath().normalize().resolve("last-ledger.json"), json);
        this.chain = chain;
        this.digests = digests;
        this.tree = tree;
    }

    @Override
    public void afterPropertiesSet() {
        log.info("The ledger's data folder is {}{}; its store is {}", dataFolder,
                defaultDataFolder ? " (the default ./data, resolved from the working folder)" : "", store);
        LedgerDigest head = digests.current();
        Optional<Witness> last = defaultDataFolder ? lastLedger.read() : Optional.empty();
        report = WitnessCheck.check(found(head), dataFolder.toString(), store, witness.read(), last, accept);
        switch (report.outcome()) {
            case "accepted" -> log.warn("The ledger at {} is accepted as it is, as LEDGER_ACCEPT_HEAD names it; the "
                    + "witness was {}", report.headAtStart(), report.witness());
            case "consistent" -> log.info("The ledger is the witnessed one or extends it: {}", report.proof());
            default -> log.info("No witness of this ledger was found in {}; one is kept from now on", dataFolder);
        }
        record(head, "start", true);
    }

    /** How the ledger found at start compared with its witness, and where the witness is kept. */
    @Override
    public WitnessReport report() {
        return report.in(witness.path().toString());
    }

    /** The witness file: where an operator finds it. */
    public Path file() {
        return witness.path();
    }

    @Override
    public synchronized void committed(LedgerHead head) {
        if (head.position() <= written) {
            return;
        }
        witness.write(new Witness(Witness.FORMAT, dataFolder.toString(), store, head.position(), head.chainHash(),
                head.recordedAt(), null, null, Instant.now(), "append"), false);
        written = head.position();
        if (defaultDataFolder && lastLedgerPosition == 0) {
            lastLedger.write(new Witness(Witness.FORMAT, dataFolder.toString(), store, head.position(),
                    head.chainHash(), head.recordedAt(), null, null, Instant.now(), "append"), true);
            lastLedgerPosition = head.position();
        }
    }

    @Override
    public void destroy() {
        try {
            record(digests.current(), "stop", true);
        } catch (RuntimeException e) {
            log.warn("The witness could not be brought up to date at stop ({}); the one of the last append stands",
                    e.getMessage());
        }
    }

    private synchronized void record(LedgerDigest head, String when, boolean durable) {
        Long treeSize = head.treeSize() == head.position() ? head.treeSize() : null;
        Witness now = new Witness(Witness.FORMAT, dataFolder.toString(), store, head.position(), head.chainHash(),
                head.recordedAt(), treeSize, treeSize == null ? null : head.merkleRoot(), Instant.now(), when);
        witness.write(now, durable);
        written = Math.max(written, head.position());
        if (defaultDataFolder && head.position() > 0) {
            lastLedger.write(now, durable);
            lastLedgerPosition = head.position();
        }
    }

    private WitnessCheck.Found found(LedgerDigest head) {
        return new WitnessCheck.Found() {
            @Override
            public long position() {
                return head.position();
            }

            @Override
            public String chainHash() {
                return head.chainHash();
            }

            @Override
            public Optional<String> chainHashAt(long position) {
                return Optional.ofNullable(chain.chainHashAt(position));
            }

            @Override
            public Optional<Boolean> extendsTree(long size, String root) {
                if (head.treeSize() < size || head.treeSize() < head.position()) {
                    return Optional.empty();
                }
                HexFormat hex = HexFormat.of();
                List<byte[]> proof = tree.consistencyProof(size, head.treeSize()).stream().map(hex::parseHex).toList();
                return Optional.of(tree.root(size).equals(root) && MerkleProofs.verifyConsistency(size,
                        head.treeSize(), hex.parseHex(root), hex.parseHex(head.merkleRoot()), proof));
            }
        };
    }

    /** Whether the data folder was chosen (LEDGER_DATA_DIR or ledger.data-dir), rather than left at its default. */
    private static boolean chosen(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            // application.yml holds the default itself; "configurationProperties" is Spring Boot's view over all
            // the other sources, so it holds every property and says nothing about where one came from.
            if (source.getName().contains("[application.yml]") || source.getName().equals("configurationProperties")) {
                continue;
            }
            if (source.containsProperty("LEDGER_DATA_DIR") || source.containsProperty("ledger.data-dir")) {
                return true;
            }
        }
        return false;
    }

    static String witnessFileName(String databaseUrl, String store) {
        if (EmbeddedStore.isH2(databaseUrl)) {
            return "ledger-witness.json";
        }
        String readable = store.replaceFirst("^jdbc:", "").replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return "ledger-witness-" + (readable.length() > 80 ? readable.substring(0, 80) : readable) + ".json";
    }

    private static String describeStore(String databaseUrl, Path dataFolder) {
        if (EmbeddedStore.isH2(databaseUrl)) {
            return "the embedded H2 database in " + dataFolder;
        }
        return databaseUrl.replaceAll("(?i)(password|user)=[^&;]*[&;]?", "").replaceAll("[?&;]$", "");
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
