package se.reorgledger.api.web;

import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.projections.decisions.LifecycleView;

/** A decision's life in Swedish: its status, and each step the ledger recorded (docs/decision-lifecycle.md). */
final class LifecycleTexts {

    private LifecycleTexts() {
    }

    static String status(DecisionStatus status) {
        return switch (status) {
            case decided -> "beslutat";
            case justerat -> "protokollet justerat";
            case anslagPosted -> "anslaget";
            case appealed -> "överklagat";
            case upheld -> "står fast efter överklagande";
            case quashedInPart -> "delvis upphävt";
            case quashed -> "upphävt";
            case lagaKraft -> "laga kraft";
            case revoked -> "återkallat";
        };
    }

    /** A step by its name in the API ({@code justering}, {@code anslag}, ...). */
    static String step(String type) {
        return switch (type) {
            case "justering" -> "Protokollet justeras";
            case "anslag" -> "Anslag på anslagstavlan";
            case "appeal" -> "Beslutet överklagas";
            case "ruling" -> "Domstolen avgör överklagandet";
            case "lagaKraft" -> "Laga kraft registreras";
            case "revocation" -> "Beslutet återkallas";
            case "anmalan" -> "Delegationsbeslutet anmäls till nämnden";
            default -> type;
        };
    }

    /** The facts of a decision's life as known, one sentence each, in the order they happen. */
    static List<String> facts(LifecycleView life) {
        List<String> facts = new ArrayList<>();
        facts.add("Status: " + status(life.status()) + ".");
        if (life.justeratOn() != null) {
            facts.add("Protokollet justerat " + life.justeratOn() + ".");
        }
        if (life.anslagPostedOn() != null) {
            facts.add("Anslaget " + life.anslagPostedOn() + (life.appealPeriodEnds() == null ? "."
                    : "; överklagandetiden går ut " + life.appealPeriodEnds() + "."));
        }
        if (life.appeal() != null) {
            facts.add("Överklagat " + life.appeal().appealedOn() + " till " + life.appeal().court()
                    + (life.appeal().courtCaseNumber() == null ? "" : ", mål " + life.appeal().courtCaseNumber())
                    + ".");
        }
        if (life.ruling() != null) {
            String outcome = switch (life.ruling().outcome()) {
                case upheld -> "beslutet står fast";
                case quashed -> "beslutet upphävs";
                case quashedInPart -> "beslutet upphävs delvis (" + String.join(", ",
                        life.ruling().annulledChangeIds()) + ")";
            };
            facts.add("Dom " + life.ruling().ruledOn() + " av " + life.ruling().court() + ": " + outcome + ".");
        }
        if (life.lagaKraftFrom() != null) {
            facts.add("Laga kraft från " + life.lagaKraftFrom() + (life.lagaKraftDerived()
                    ? " (överklagandetiden gick ut utan registrerat överklagande)." : "."));
        }
        if (life.anmalan() != null) {
            facts.add("Anmält till " + life.anmalan().committeeId() + " " + life.anmalan().reportedOn()
                    + (life.anmalan().paragraph() == null ? "" : " " + life.anmalan().paragraph()) + ".");
        }
        if (life.revocation() != null) {
            facts.add("Återkallat " + life.revocation().revokedOn() + " genom beslut "
                    + life.revocation().revokingDecisionId() + ".");
        }
        return facts;
    }
}
