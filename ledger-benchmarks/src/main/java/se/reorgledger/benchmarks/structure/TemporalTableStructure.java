package se.reorgledger.benchmarks.structure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.index.SortKeys;

/**
 * The second baseline's query: a recursive CTE walks the organisation from the kommun down through the unit
 * versions in force on asOf as recorded at knownAt, joined to the chef roles then in force and their holders'
 * names; Java assembles the rows into the same tree the projection gives, in the same Swedish order, with
 * collation keys cached across queries as the projection caches them.
 */
public final class TemporalTableStructure {

    static final String TREE = """
            WITH RECURSIVE tree AS (
                SELECT u.unit_id, u.parent_id, u.name, u.kind, u.authority
                  FROM unit_version u
                 WHERE u.org = ? AND u.unit_id = ? AND u.valid @> ?::date AND u.recorded @> ?::timestamptz
                UNION ALL
                SELECT c.unit_id, c.parent_id, c.name, c.kind, c.authority
                  FROM tree t
                  JOIN unit_version c
                    ON c.org = ? AND c.parent_id = t.unit_id AND c.valid @> ?::date AND c.recorded @> ?::timestamptz
            )
            SELECT t.unit_id, t.parent_id, t.name, t.kind, t.authority, r.role_id, r.title, r.holder_id, p.name
              FROM tree t
              LEFT JOIN chef_role_version r
                ON r.org = ? AND r.unit_id = t.unit_id AND r.valid @> ?::date AND r.recorded @> ?::timestamptz
              LEFT JOIN person_name_version p
                ON p.org = ? AND p.person_id = r.holder_id AND p.recorded @> ?::timestamptz
            """;

    private final DataSource dataSource;
    private final SortKeys keys = new SortKeys();

    public TemporalTableStructure(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public UnitNode structure(String organisationId, LocalDate asOf, Instant knownAt) throws SQLException {
        Map<String, UnitRow> units = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement tree = prepared(connection, organisationId, asOf, knownAt);
             ResultSet rows = tree.executeQuery()) {
            while (rows.next()) {
                UnitRow unit = units.computeIfAbsent(rows.getString(1), id -> unitRow(rows));
                String roleId = rows.getString(6);
                if (roleId != null) {
                    String holderId = rows.getString(8);
                    unit.roles.add(new ChefRoleNode(roleId, rows.getString(7),
                            holderId == null ? null : new PersonRef(holderId, rows.getString(9))));
                }
            }
        }
        Map<String, List<UnitRow>> children = new HashMap<>();
        for (UnitRow unit : units.values()) {
            if (unit.parentId != null) {
                children.computeIfAbsent(unit.parentId, parent -> new ArrayList<>()).add(unit);
            }
        }
        return node(units.get(organisationId), children);
    }

    /** The plan of one query, to show that it walks the indexes rather than the tables. */
    public String explain(String organisationId, LocalDate asOf, Instant knownAt) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + TREE)) {
                bind(explain, organisationId, asOf, knownAt);
                try (ResultSet lines = explain.executeQuery()) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet jit = statement.executeQuery("SHOW jit")) {
                jit.next();
                plan.append("(jit = ").append(jit.getString(1)).append(")\n");
            }
        }
        return plan.toString();
    }

    private static PreparedStatement prepared(Connection connection, String organisationId, LocalDate asOf,
                                              Instant knownAt) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(TREE);
        bind(statement, organisationId, asOf, knownAt);
        return statement;
    }

    private static void bind(PreparedStatement statement, String organisationId, LocalDate asOf, Instant knownAt)
            throws SQLException {
        OffsetDateTime known = knownAt.atOffset(ZoneOffset.UTC);
        Object[] values = {organisationId, organisationId, asOf, known, organisationId, asOf, known,
            organisationId, asOf, known, organisationId, known};
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static UnitRow unitRow(ResultSet rows) {
        try {
            return new UnitRow(rows.getString(1), rows.getString(2), rows.getString(3),
                    UnitKind.valueOf(rows.getString(4)), rows.getBoolean(5));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private UnitNode node(UnitRow unit, Map<String, List<UnitRow>> children) {
        List<UnitRow> below = children.getOrDefault(unit.id, List.of());
        keys.sort(below, row -> row.name, row -> row.id);
        List<UnitNode> nodes = new ArrayList<>(below.size());
        for (UnitRow child : below) {
            nodes.add(node(child, children));
        }
        keys.sort(unit.roles, ChefRoleNode::title, ChefRoleNode::id);
        return new UnitNode(unit.id, unit.name, unit.kind, unit.authority, List.copyOf(unit.roles),
                List.copyOf(nodes));
    }

    private static final class UnitRow {
        final String id;
        final String parentId;
        final String name;
        final UnitKind kind;
        final boolean authority;
        final List<ChefRoleNode> roles = new ArrayList<>(1);

        UnitRow(String id, String parentId, String name, UnitKind kind, boolean authority) {
            this.id = id;
            this.parentId = parentId;
            this.name = name;
            this.kind = kind;
            this.authority = authority;
        }
    }
}
