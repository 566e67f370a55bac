package se.reorgledger.api.web;

import java.util.List;
import java.util.Set;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.structure.IllustrativeFacts;

/**
 * The organisation page's tree written as HTML without a template: for a kommun of a thousand units or more,
 * Thymeleaf walking a fragment per unit was half the page's time. It writes the markup the template
 * {@code tree.html} in the test resources writes (the same elements, ids, classes, aria and marks; whitespace
 * between elements as one space), which {@code TreeHtmlTest} holds it to. Links are {@link UnitHref}s.
 */
final class TreeHtml {

    /** Levels below the root whose subtrees start open; deeper ones start folded. */
    static final int OPEN_DEPTH = 3;

    private final StringBuilder out;
    private final UnitHref href;
    private final IllustrativeFacts illustrative;
    private final Set<String> illustrativeHolders;

    private TreeHtml(StringBuilder out, UnitHref href, IllustrativeFacts illustrative,
                     Set<String> illustrativeHolders) {
        this.out = out;
        this.href = href;
        this.illustrative = illustrative;
        this.illustrativeHolders = illustrativeHolders;
    }

    /**
     * The tree from {@code root} as the items of the page's {@code ul.trad}: each unit a link to its page
     * ({@code href}) with its kind, authority, chef roles and holders, and the illustrative marks.
     */
    static String of(UnitNode root, UnitHref href, IllustrativeFacts illustrative, Set<String> illustrativeHolders) {
        StringBuilder out = new StringBuilder(1024 + 640 * root.size());
        new TreeHtml(out, href, illustrative, illustrativeHolders).node(root, 0);
        return out.toString();
    }

    private void node(UnitNode unit, int depth) {
        out.append("<li data-enhet=\"");
        Html.attribute(out, unit.id()).append("\"> <div class=\"blad\"> ");
        line(unit);
        out.append("</div> ");
        List<UnitNode> children = unit.children();
        if (!children.isEmpty()) {
            out.append(depth < OPEN_DEPTH ? "<details open=\"open\">" : "<details>");
            out.append(" <summary><span class=\"antal\">").append(children.size())
                    .append(children.size() == 1 ? " underenhet" : " underenheter")
                    .append("</span><span class=\"visuellt-dold\"> till ");
            Html.text(out, unit.name()).append("</span></summary> <ul> ");
            for (UnitNode child : children) {
                node(child, depth + 1);
            }
            out.append(" </ul> </details> ");
        }
        out.append("</li>");
    }

    private void line(UnitNode unit) {
        href.append(out.append("<a "), unit.id()).append(" class=\"enhet-namn\">");
        Html.text(out, unit.name()).append("</a> <span class=\"typ typ-");
        Html.attribute(out, unit.kind().name()).append("\">");
        Html.text(out, unit.kind().label()).append("</span> ");
        if (unit.authority()) {
            out.append("<span class=\"myndighet\" title=\"Enheten utövar myndighet\">myndighetsutövning</span> ");
        }
        boolean unitMarked = illustrative.units().contains(unit.id());
        if (unitMarked) {
            out.append("<span class=\"illustrativ-markering\" title=\"Uppgiften bygger på ett beslut märkt "
                    + "illustrativt\">illustrativ</span> ");
        }
        for (ChefRoleNode role : unit.chefRoles()) {
            chefRole(role, unitMarked);
        }
        if (!unit.chefRoles().isEmpty()) {
            out.append(' ');
        }
    }

    private void chefRole(ChefRoleNode role, boolean unitMarked) {
        boolean holderMarked = illustrativeHolders.contains(role.id());
        out.append("<span class=\"chefer\"> <span>");
        Html.text(out, role.title() + ": ").append("</span>");
        if (role.holder() != null) {
            Html.text(out.append("<span>"), role.holder().name()).append("</span>");
        } else {
            out.append("<em>ingen innehavare</em>");
        }
        out.append(' ');
        if (illustrative.chefRoles().contains(role.id()) && !unitMarked && !holderMarked) {
            out.append("<span class=\"illustrativ-markering\">illustrativ</span> ");
        }
        if (role.holder() != null && holderMarked) {
            out.append("<span class=\"illustrativ-markering innehavare\" title=\"Tillsättningen bygger på ett "
                    + "beslut märkt illustrativt\">illustrativ</span> ");
        }
        out.append("</span>");
    }
}
