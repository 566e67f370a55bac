package se.reorgledger.api.web;

import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.trail.DecisionTrailView;
import se.reorgledger.projections.trail.TrailDecision;

/**
 * A unit's decision trail as an archivable PDF. It names the ledger head it was read from (position, chain hash,
 * Merkle root), so that a printed trail can be checked against the ledger later.
 */
final class TrailPdf {

    private TrailPdf() {
    }

    static byte[] of(String organisation, String unit, String knownAt, DecisionTrailView trail, LedgerDigest head) {
        String title = "Beslutsspår: " + unit;
        try (PdfWriter pdf = new PdfWriter(title)) {
            pdf.heading(title, 16);
            pdf.paragraph(organisation + ". Enligt reskontran " + knownAt + ". Omfattar enheten och dess "
                    + "föregångare (" + trail.lineage().size() + " enheter).", 9.5f, 0);
            pdf.paragraph(head(head), 8, 0);
            for (TrailDecision decision : trail.decisions()) {
                pdf.heading(cite(decision.decision()), 11);
                pdf.paragraph(decision.decision().title(), 9.5f, 0);
                for (ChangeView change : decision.changes()) {
                    pdf.paragraph(change.effectiveDate() + "   " + change.summary()
                            + (change.annulled() ? " (annullerad)" : ""), 9.5f, 12);
                    for (CorrectionView correction : change.corrections()) {
                        pdf.paragraph(correction(correction), 8.5f, 36);
                    }
                }
                for (CorrectionView correction : decision.corrections()) {
                    pdf.paragraph("Rättar " + correction.targetChangeId() + ": " + correction(correction), 8.5f, 12);
                }
            }
            pdf.space(12).paragraph("Uppgifter märkta (illustrativ) bygger på beslut vars datum, organ, § eller "
                    + "diarienummer inte anges i källan.", 8, 0);
            return pdf.toBytes();
        }
    }

    /** The ledger head a document was read from, as every PDF states it. */
    static String head(LedgerDigest head) {
        return "Reskontrans huvud: position " + head.position() + ", kedjehash " + head.chainHash()
                + ", Merkle-rot " + head.merkleRoot() + " (trädstorlek " + head.treeSize() + ").";
    }

    static String cite(DecisionRef decision) {
        return decision.organ() + " " + decision.decidedOn()
                + (decision.paragraph() == null ? "" : " " + decision.paragraph())
                + (decision.caseNumber() == null ? "" : ", " + decision.caseNumber())
                + (decision.illustrative() ? " (illustrativ)" : "");
    }

    static String correction(CorrectionView correction) {
        return (correction.effectiveDate() == null ? "Annullerad" : "Nytt datum " + correction.effectiveDate())
                + ": " + correction.reason();
    }
}
