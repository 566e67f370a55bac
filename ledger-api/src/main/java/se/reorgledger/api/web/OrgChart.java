package se.reorgledger.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;

/**
 * An org chart drawing (SVG) of the levels down to avdelning and stab. From the kommun down, units with a single
 * drawn child stand in a column in the middle; the children of the first unit with several become columns side
 * by side, each with its own avdelningar and staber stacked beneath it, indented by level. Verksamheter and
 * enheter are left to the tree: drawn, they would make the chart too wide to read.
 */
record OrgChart(int width, int height, List<Box> boxes, List<Line> lines) {

    static final Set<UnitKind> DRAWN = Set.of(UnitKind.kommun, UnitKind.forvaltning, UnitKind.kontor,
            UnitKind.avdelning, UnitKind.stab);
    private static final int BOX_WIDTH = 220;
    private static final int BOX_HEIGHT = 40;
    private static final int COLUMN = 240;
    private static final int ROW = 52;
    private static final int INDENT = 16;
    private static final int MARGIN = 10;

    /** One unit in the drawing; {@code x, y} is its top left corner. */
    record Box(String id, String name, String kind, int x, int y, int width, int height) {

        int middleX() {
            return x + width / 2;
        }

        /** The name as it fits the box (about 7 px a letter at the chart's size); the full name is its title. */
        public String label() {
            int fits = (width - 16) / 7;
            return name.length() <= fits ? name : name.substring(0, Math.max(1, fits - 1)).strip() + "…";
        }
    }

    /** A connector from a parent to a child. */
    record Line(int x1, int y1, int x2, int y2) {
    }

    static OrgChart of(UnitNode root) {
        List<Box> boxes = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<UnitNode> spine = new ArrayList<>(List.of(root));
        while (drawnChildren(spine.get(spine.size() - 1)).size() == 1) {
            spine.add(drawnChildren(spine.get(spine.size() - 1)).get(0));
        }
        List<UnitNode> columns = drawnChildren(spine.get(spine.size() - 1));
        int width = Math.max(1, columns.size()) * COLUMN + 2 * MARGIN;
        int y = MARGIN;
        Box above = null;
        for (UnitNode unit : spine) {
            Box box = box(unit, (width - BOX_WIDTH) / 2, y, BOX_WIDTH);
            if (above != null) {
                lines.add(new Line(above.middleX(), above.y() + BOX_HEIGHT, box.middleX(), box.y()));
            }
            boxes.add(box);
            above = box;
            y += ROW;
        }
        int columnsTop = y + ROW / 2;
        int bottom = y;
        for (int i = 0; i < columns.size(); i++) {
            int x = MARGIN + i * COLUMN;
            Box head = box(columns.get(i), x, columnsTop, BOX_WIDTH);
            int busY = columnsTop - ROW / 4;
            lines.add(new Line(above.middleX(), above.y() + BOX_HEIGHT, above.middleX(), busY));
            lines.add(new Line(above.middleX(), busY, head.middleX(), busY));
            lines.add(new Line(head.middleX(), busY, head.middleX(), head.y()));
            boxes.add(head);
            bottom = Math.max(bottom, stack(columns.get(i), head, 1, columnsTop + ROW, boxes, lines));
        }
        return new OrgChart(width, bottom + MARGIN, List.copyOf(boxes), List.copyOf(lines));
    }

    /** Stacks the unit's drawn descendants under its box; returns the y below the last. */
    private static int stack(UnitNode unit, Box parent, int depth, int y, List<Box> boxes, List<Line> lines) {
        int next = y;
        for (UnitNode child : drawnChildren(unit)) {
            int x = parent.x() + INDENT;
            Box box = box(child, x, next, BOX_WIDTH - depth * INDENT);
            int stemX = parent.x() + INDENT / 2;
            lines.add(new Line(stemX, parent.y() + BOX_HEIGHT, stemX, next + BOX_HEIGHT / 2));
            lines.add(new Line(stemX, next + BOX_HEIGHT / 2, x, next + BOX_HEIGHT / 2));
            boxes.add(box);
            next = stack(child, box, depth + 1, next + ROW, boxes, lines);
        }
        return next;
    }

    private static Box box(UnitNode unit, int x, int y, int width) {
        return new Box(unit.id(), unit.name(), unit.kind().label(), x, y, width, BOX_HEIGHT);
    }

    private static List<UnitNode> drawnChildren(UnitNode unit) {
        return unit.children().stream().filter(child -> DRAWN.contains(child.kind())).toList();
    }
}
