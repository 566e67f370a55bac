package se.reorgledger.api.web;

import java.util.List;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.decisions.DecidedChange;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.history.DecisionRef;

/**
 * A decision's trail as an archivable PDF: its particulars, its life (justering, anslag, appeal, ruling, laga
 * kraft), every change it caused with the corrections and annulments made since, the corrections it made, and
 * where each of its events is in the ledger. It names the ledger head it was read from, like the unit's trail.
 */
final class DecisionTrailPdf {

    private DecisionTrailPdf() {
    }

    static byte[] of(String organisation, String knownAt, DecisionView view, List<LedgerPlaces.Place> places,
                     LedgerDigest head) {
        DecisionRef decision = view.decision();
        String title = "Beslut: " + decision.title();
        try (PdfWriter pdf = new PdfWriter(title)) {
            pdf.heading(title, 16);
            pdf.paragraph(organisation + ". Enligt reskontran " + knownAt + ".", 9.5f, 0);
            pdf.paragraph(TrailPdf.head(head), 8, 0);
            pdf.heading(TrailPdf.cite(decision), 11);
            pdf.paragraph(kind(decision) + ". Registrerat " + SwedishTime.of(view.recordedAt()) + " av "
                    + view.recordedBy() + ".", 9.5f, 0);
            pdf.heading("Beslutets gång", 11);
            for (String fact : LifecycleTexts.facts(view.lifecycle())) {
                pdf.paragraph(fact, 9.5f, 12);
            }
            pdf.heading("Ändringar som beslutet orsakade (" + view.changes().size() + ")", 11);
            for (DecidedChange change : view.changes()) {
                pdf.paragraph(change.effectiveDate() + "   " + change.summary()
                        + (change.annulled() ? " (annullerad)" : ""), 9.5f, 12);
                for (CorrectionView correction : change.corrections()) {
                    pdf.paragraph(TrailPdf.correction(correction) + " (" + TrailPdf.cite(correction.decision())
                            + ")", 8.5f, 36);
                }
            }
            if (!view.corrections().isEmpty()) {
                pdf.heading("Rättelser som beslutet gjorde", 11);
                for (CorrectionView correction : view.corrections()) {
                    pdf.paragraph("Ändring " + correction.targetChangeId() + ": " + TrailPdf.correction(correction),
                            9.5f, 12);
                }
            }
            pdf.heading("Beslutet i reskontran", 11);
            pdf.paragraph("Varje händelse med sin position i hashkedjan; ett inklusionsbevis för en position visar "
                    + "att händelsen ingår i reskontran med Merkle-roten ovan.", 8.5f, 0);
            for (LedgerPlaces.Place place : places) {
                pdf.paragraph((place.position() == null ? "(ingen länk)" : "Position " + place.position())
                        + "   " + place.kind() + ": " + place.what(), 8.5f, 12);
            }
            pdf.space(12).paragraph("Uppgifter märkta (illustrativ) bygger på beslut vars datum, organ, § eller "
                    + "diarienummer inte anges i källan.", 8, 0);
            return pdf.toBytes();
        }
    }

    private static String kind(DecisionRef decision) {
        return switch (decision.kind()) {
            case forslag -> "Förslag: det ändrar ingenting i organisationen";
            case delegationsbeslut -> "Delegationsbeslut" + (decision.delegate() == null ? ""
                    : " av " + decision.delegate()) + (decision.delegationPoint() == null ? ""
                    : ", punkt " + decision.delegationPoint() + " i delegationsordningen");
            default -> "Beslut";
        };
    }
}
