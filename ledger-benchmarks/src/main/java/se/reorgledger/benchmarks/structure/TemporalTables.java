package se.reorgledger.benchmarks.structure;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.RecordedTimes;
import se.reorgledger.projections.index.VersionTable;

/**
 * The second baseline's storage: the design a team would build on PostgreSQL without an event-sourced read model.
 * Every version of a unit and of a chef role is a row valid over a date range and recorded over a time range; a
 * person's name is versioned by recorded time alone. GiST indexes (with btree_gist for the text columns) and
 * covering B-trees serve "the rows of this organisation under this parent on this date as known at this time";
 * exclusion constraints say no entity has two versions for one (date, time), which also proves the rows were
 * derived consistently.
 * The rows are the projection's own versions, copied once: the baseline is measured on reading, not on deriving.
 */
public final class TemporalTables {

    private static final String SCHEMA = """
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            DROP TABLE IF EXISTS unit_version, chef_role_version, person_name_version;
            CREATE TABLE unit_version (
                org       TEXT      NOT NULL,
                unit_id   TEXT      NOT NULL,
                parent_id TEXT,
                name      TEXT      NOT NULL,
                kind      TEXT      NOT NULL,
                authority BOOLEAN   NOT NULL,
                valid     DATERANGE NOT NULL,
                recorded  TSTZRANGE NOT NULL
            );
            CREATE TABLE chef_role_version (
                org       TEXT      NOT NULL,
                role_id   TEXT      NOT NULL,
                unit_id   TEXT      NOT NULL,
                title     TEXT      NOT NULL,
                holder_id TEXT,
                valid     DATERANGE NOT NULL,
                recorded  TSTZRANGE NOT NULL
            );
            CREATE TABLE person_name_version (
                org       TEXT      NOT NULL,
                person_id TEXT      NOT NULL,
                name      TEXT      NOT NULL,
                recorded  TSTZRANGE NOT NULL
            );
            """;

    /*
     * GiST alone answers every lookup, but probing a four-column GiST index once per unit of the tree costs about
     * twice what a B-tree on (org, parent) does when it covers the columns the query reads (an index-only scan,
     * the ranges filtered in the index): both are there, and the planner takes the cheaper.
     */
    private static final String INDEXES = """
            ALTER TABLE unit_version ADD CONSTRAINT unit_version_one_at_a_time
                EXCLUDE USING gist (org WITH =, unit_id WITH =, valid WITH &&, recorded WITH &&);
            CREATE INDEX unit_version_children ON unit_version USING gist (org, parent_id, valid, recorded);
            CREATE INDEX unit_version_children_covering ON unit_version (org, parent_id)
                INCLUDE (unit_id, name, kind, authority, valid, recorded);
            ALTER TABLE chef_role_version ADD CONSTRAINT chef_role_version_one_at_a_time
                EXCLUDE USING gist (org WITH =, role_id WITH =, valid WITH &&, recorded WITH &&);
            CREATE INDEX chef_role_version_unit ON chef_role_version USING gist (org, unit_id, valid, recorded);
            CREATE INDEX chef_role_version_unit_covering ON chef_role_version (org, unit_id)
                INCLUDE (role_id, title, holder_id, valid, recorded);
            ALTER TABLE person_name_version ADD CONSTRAINT person_name_version_one_at_a_time
                EXCLUDE USING gist (org WITH =, person_id WITH =, recorded WITH &&);
            CREATE INDEX person_name_version_person_covering ON person_name_version (org, person_id)
                INCLUDE (name, recorded);
            VACUUM ANALYZE unit_version;
            VACUUM ANALYZE chef_role_version;
            VACUUM ANALYZE person_name_version;
            """;

    private final DataSource dataSource;

    public TemporalTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the tables afresh and copies every version of the organisation in; returns the rows per table. */
    public Map<String, Long> fill(OrganisationIndex index) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, SCHEMA);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long units = copy.copyIn("COPY unit_version FROM STDIN", new StringReader(unitRows(index)));
            long roles = copy.copyIn("COPY chef_role_version FROM STDIN", new StringReader(chefRoleRows(index)));
            long names = copy.copyIn("COPY person_name_version FROM STDIN", new StringReader(personRows(index)));
            execute(connection, INDEXES);
            return Map.of("unit_version", units, "chef_role_version", roles, "person_name_version", names);
        }
    }

    /** One statement at a time: VACUUM refuses to run as part of a multi-statement string. */
    private static void execute(Connection connection, String statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static String unitRows(OrganisationIndex index) {
        StringBuilder rows = new StringBuilder();
        RecordedTimes times = index.times();
        index.units().forEach(timeline -> timeline.versions().forEach((validFrom, validTo, knownFrom, knownTo,
                                                                        unit) -> {
            if (!unit.isDissolved()) {
                row(rows, index.id(), unit.id(), unit.parentId(), unit.name(), unit.kind().name(),
                        unit.authority() ? "t" : "f", dates(validFrom, validTo), recorded(times, knownFrom, knownTo));
            }
        }));
        return rows.toString();
    }

    private static String chefRoleRows(OrganisationIndex index) {
        StringBuilder rows = new StringBuilder();
        RecordedTimes times = index.times();
        index.chefRoles().forEach(timeline -> timeline.versions().forEach((validFrom, validTo, knownFrom, knownTo,
                                                                            role) -> {
            if (!role.isEnded()) {
                row(rows, index.id(), role.id(), role.unitId(), role.title(), role.holderId(),
                        dates(validFrom, validTo), recorded(times, knownFrom, knownTo));
            }
        }));
        return rows.toString();
    }

    private static String personRows(OrganisationIndex index) {
        StringBuilder rows = new StringBuilder();
        RecordedTimes times = index.times();
        index.persons().contents().forEach((personId, names) -> {
            Integer[] epochs = names.keySet().toArray(Integer[]::new);
            for (int i = 0; i < epochs.length; i++) {
                int until = i + 1 < epochs.length ? epochs[i + 1] : VersionTable.OPEN;
                row(rows, index.id(), personId, names.get(epochs[i]), recorded(times, epochs[i], until));
            }
        });
        return rows.toString();
    }

    /** The versions' days are epoch days, end exclusive, with sentinels for "since always" and "until further". */
    private static String dates(int from, int to) {
        return "[" + (from == VersionTable.ALWAYS ? "-infinity" : LocalDate.ofEpochDay(from).toString()) + ","
                + (to == VersionTable.OPEN ? "infinity" : Days.date(to).toString()) + ")";
    }

    /** An epoch stands for its recorded time; a version known until epoch e was replaced when e was recorded. */
    private static String recorded(RecordedTimes times, int from, int to) {
        Instant start = times.at(from);
        return "[" + start + "," + (to == VersionTable.OPEN ? "infinity" : times.at(to).toString()) + ")";
    }

    /** One line of COPY's text format; the names of units and roles hold no tabs, newlines or backslashes. */
    private static void row(StringBuilder rows, String... columns) {
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            String value = columns[i];
            if (value == null) {
                rows.append("\\N");
            } else if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("a value COPY would need escaped: " + value);
            } else {
                rows.append(value);
            }
        }
        rows.append('\n');
    }
}
