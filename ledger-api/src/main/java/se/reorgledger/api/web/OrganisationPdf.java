package se.reorgledger.api.web;

import java.time.LocalDate;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.structure.IllustrativeFacts;

/**
 * The organisation on a date, as known at a moment, as an archivable PDF: the tree unfolded, each unit with its
 * kind, myndighetsutövning, chef roles and holders, illustrative facts marked; and the ledger head it was read from.
 */
final class OrganisationPdf {

    /** Deeper units are indented no further, so that a deep tree keeps room for its names. */
    private static final int MAX_INDENT_LEVELS = 8;

    private OrganisationPdf() {
    }

    static byte[] of(String organisation, LocalDate asOf, String knownAt, UnitNode root,
                     IllustrativeFacts illustrative, LedgerDigest head) {
        String title = organisation + " den " + asOf;
        try (PdfWriter pdf = new PdfWriter(title)) {
            pdf.heading(title, 16);
            pdf.paragraph("Organisationen den " + asOf + " enligt reskontran " + knownAt + ": " + root.size()
                    + " enheter.", 9.5f, 0);
            pdf.paragraph(TrailPdf.head(head), 8, 0);
            pdf.space(6);
            unit(pdf, root, 0, illustrative);
            pdf.space(12).paragraph("Uppgifter märkta (illustrativ) bygger på beslut vars datum, organ, § eller "
                    + "diarienummer inte anges i källan.", 8, 0);
            return pdf.toBytes();
        }
    }

    private static void unit(PdfWriter pdf, UnitNode unit, int level, IllustrativeFacts illustrative) {
        float indent = 14 * Math.min(level, MAX_INDENT_LEVELS);
        boolean illustrativeUnit = illustrative.units().contains(unit.id());
        pdf.paragraph(unit.name() + " (" + unit.kind().label() + ")"
                + (unit.authority() ? ", myndighetsutövning" : "")
                + (illustrativeUnit ? " (illustrativ)" : ""), level == 0 ? 11 : 9.5f, indent);
        for (ChefRoleNode role : unit.chefRoles()) {
            pdf.paragraph(role.title() + ": " + (role.holder() == null ? "ingen innehavare" : role.holder().name())
                    + (illustrative.chefRoles().contains(role.id()) && !illustrativeUnit ? " (illustrativ)" : ""),
                    8.5f, indent + 14);
        }
        for (UnitNode child : unit.children()) {
            unit(pdf, child, level + 1, illustrative);
        }
    }
}
