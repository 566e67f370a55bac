package se.reorgledger.api.web;

/**
 * The org chart drawn as SVG without a template: a few hundred boxes of a large kommun each cost Thymeleaf a
 * dozen expressions. It writes the markup the template {@code chart.html} in the test resources writes (the same
 * elements, classes, aria and links; whitespace between elements as one space), which {@code OrgChartSvgTest}
 * holds it to.
 */
final class OrgChartSvg {

    private OrgChartSvg() {
    }

    /** The drawing as the page's {@code svg} element, each box a link to its unit ({@code href}). */
    static String of(OrgChart chart, UnitHref href) {
        StringBuilder out = new StringBuilder(512 + 96 * chart.lines().size() + 512 * chart.boxes().size());
        out.append("<svg role=\"group\" aria-labelledby=\"schema-rubrik\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(chart.width()).append("\" height=\"").append(chart.height()).append("\" viewBox=\"0 0 ")
                .append(chart.width()).append(' ').append(chart.height()).append("\"> ");
        for (OrgChart.Line line : chart.lines()) {
            out.append("<line class=\"schema-linje\" x1=\"").append(line.x1()).append("\" y1=\"").append(line.y1())
                    .append("\" x2=\"").append(line.x2()).append("\" y2=\"").append(line.y2()).append("\"/>");
        }
        if (!chart.lines().isEmpty()) {
            out.append(' ');
        }
        for (OrgChart.Box box : chart.boxes()) {
            box(out, box, href);
        }
        return out.append(" </svg>").toString();
    }

    private static void box(StringBuilder out, OrgChart.Box box, UnitHref href) {
        href.append(out.append("<a "), box.id()).append("> <title>");
        Html.text(out, box.name()).append(" (");
        Html.text(out, box.kind()).append(")</title> <rect class=\"schema-ruta typ-");
        Html.attribute(out, box.kind()).append("\" rx=\"4\" x=\"").append(box.x()).append("\" y=\"").append(box.y())
                .append("\" width=\"").append(box.width()).append("\" height=\"").append(box.height())
                .append("\"/> <text class=\"schema-namn\" x=\"").append(box.x() + 8).append("\" y=\"")
                .append(box.y() + 17).append("\">");
        Html.text(out, box.label()).append("</text> <text class=\"schema-typ\" x=\"").append(box.x() + 8)
                .append("\" y=\"").append(box.y() + 32).append("\">");
        Html.text(out, box.kind()).append("</text> </a>");
    }
}
