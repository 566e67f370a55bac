package se.reorgledger.api.web;

import java.util.Map;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.core.rules.HardRule;

/** The ledger's hard rules and the PM's guidelines in Swedish, as a registrator reads them in a preview. */
final class RuleTexts {

    private static final Map<HardRule, String> RULES = Map.ofEntries(
            Map.entry(HardRule.NO_CYCLES, "En enhet kan aldrig placeras under sig själv eller under någon av sina "
                    + "egna underenheter."),
            Map.entry(HardRule.PARENT_EXISTS, "En enhets överordnade enhet måste finnas varje dag som enheten finns."),
            Map.entry(HardRule.UNIT_EXISTS, "Inget kan göras med en enhet innan den har inrättats eller efter att "
                    + "den har avvecklats."),
            Map.entry(HardRule.KOMMUN_IS_ROOT, "Kommunen är organisationens rot: den kan inte flyttas, avvecklas "
                    + "eller göras till en annan typ, och ingen annan enhet kan vara en kommun."),
            Map.entry(HardRule.SUCCESSOR_EXISTS, "En avvecklad enhets efterträdare måste finnas den dag den "
                    + "avvecklas."),
            Map.entry(HardRule.CHEF_ROLES_END_WITH_UNIT, "En enhets chefsroller måste upphöra senast den dag "
                    + "enheten avvecklas."),
            Map.entry(HardRule.SERVICES_END_WITH_UNIT, "En enhet måste sluta betjäna sina nämnder senast den dag "
                    + "den avvecklas."),
            Map.entry(HardRule.CHEF_ROLE_EXISTS, "Inget kan göras med en chefsroll innan den har inrättats eller "
                    + "efter att den har upphört."),
            Map.entry(HardRule.ONE_HOLDER_PER_CHEF_ROLE, "En chefsroll har högst en innehavare åt gången."),
            Map.entry(HardRule.ONLY_THE_HOLDER_LEAVES, "Bara den som innehar en chefsroll kan lämna den."),
            Map.entry(HardRule.PERSON_REGISTERED, "Bara en person som finns i personregistret kan tillsättas."),
            Map.entry(HardRule.COMMITTEE_EXISTS, "Inget kan göras med en nämnd innan den har registrerats eller "
                    + "efter att den har upplösts."),
            Map.entry(HardRule.SERVING_UNIT_KIND, "Bara ett kontor eller en förvaltning kan betjäna en nämnd."),
            Map.entry(HardRule.SERVICE_EXISTS, "En enhet börjar betjäna en nämnd bara om den inte redan gör det, "
                    + "och slutar bara om den gör det."),
            Map.entry(HardRule.MEMBERSHIP_IN_GEMENSAM_NAMND, "Bara en gemensam nämnd har medlemskommuner; en kommun "
                    + "går med bara om den inte är medlem, och går ur bara om den är det."),
            Map.entry(HardRule.REGLEMENTE_VERSION_UNIQUE, "En version av ett reglemente antas en gång per nämnd."),
            Map.entry(HardRule.ASSIGNMENT_EXISTS, "Ett beslut kan bara slutföra ett uppdrag som har getts."),
            Map.entry(HardRule.COOPERATION_MEMBERSHIP, "En kommun kan bara lämna en samverkan som den deltar i den "
                    + "dagen."),
            Map.entry(HardRule.CORRECTION_TARGET, "En rättelse gäller en ändring från ett tidigare paket, som inte "
                    + "är annullerad och inte själv är en rättelse."),
            Map.entry(HardRule.DECISION_LIFECYCLE_ORDER, "Ett besluts protokoll justeras, sedan anslås det, sedan "
                    + "kan det överklagas och domstolen pröva överklagandet: varje steg en gång, aldrig före beslutet "
                    + "eller steget före."),
            Map.entry(HardRule.APPEAL_WITHIN_PERIOD, "Ett överklagande kommer in inom tre veckor från den dag "
                    + "anslaget sattes upp (kommunallagen 13 kap. 5 §)."),
            Map.entry(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD, "Ett beslut vinner laga kraft en gång, efter att "
                    + "överklagandetiden har gått ut."),
            Map.entry(HardRule.QUASH_NAMES_DECISION_CHANGES, "En dom som upphäver ett beslut delvis anger ändringar "
                    + "som beslutet orsakade och som gäller."),
            Map.entry(HardRule.QUASHED_DECISION_CHANGES_NOTHING, "Ett beslut som domstolen har upphävt helt "
                    + "orsakar inga fler ändringar."),
            Map.entry(HardRule.REVOCATION_BY_LATER_DECISION, "Ett beslut återkallas en gång, av ett annat "
                    + "registrerat beslut som inte är äldre än det."),
            Map.entry(HardRule.PROPOSAL_CHANGES_NOTHING, "Ett förslag är inget beslut och ändrar ingenting i "
                    + "organisationen: ändringar registreras under det beslut som fattas om förslaget."),
            Map.entry(HardRule.DOCUMENT_ATTACHMENT, "En handling fogas till ett registrerat beslut, till ett steg i "
                    + "dess livscykel först när steget är registrerat, eller till en version av ett reglemente som "
                    + "beslutet antog; samma handling en gång till var och en."),
            Map.entry(HardRule.PROPOSAL_HAS_NO_LIFECYCLE, "Ett förslag är inget beslut: det justeras inte, anslås "
                    + "inte, överklagas inte, anmäls inte, återkallas inte och vinner inte laga kraft; det gör det "
                    + "beslut som fattas om förslaget."),
            Map.entry(HardRule.ANMALAN_OF_DELEGATIONSBESLUT, "Bara ett delegationsbeslut anmäls till nämnden: en "
                    + "gång, tidigast den dag det fattades."),
            Map.entry(HardRule.IDENTIFIER_UNUSED, "Ett id avser en enda enhet, chefsroll, nämnd, uppdrag, person "
                    + "eller ett enda beslut, och återanvänds aldrig."));

    private static final Map<Guideline, String> GUIDELINES = Map.of(
            Guideline.AT_MOST_THREE_CHEF_LEVELS, "Inom ett kontor finns högst tre chefsnivåer: kontorschef, "
                    + "avdelningschef och enhetschef (PM, Organisatoriska beslutsnivåer).",
            Guideline.KONTOR_LED_BY_KONTORSCHEF, "Varje kontor leds av en kontorschef (PM, Ledarskap och ansvar "
                    + "i fokus).",
            Guideline.AUTHORITY_UNITS_SEPARATED, "Enheter med myndighetsutövning är egna avdelningar eller enheter "
                    + "(PM, Det legala ramverket för myndighetsutövning).",
            Guideline.IN_FORCE_BEFORE_LAGA_KRAFT, "Ändringar som gäller innan beslutet har vunnit laga kraft är "
                    + "tillåtna (verkställighet före laga kraft), men värda en granskares uppmärksamhet: ett "
                    + "överklagande kan leda till att beslutet upphävs (kommunallagen 13 kap.).");

    private RuleTexts() {
    }

    static String rule(HardRule rule) {
        return RULES.getOrDefault(rule, rule.statement());
    }

    static String guideline(Guideline guideline) {
        return GUIDELINES.getOrDefault(guideline, guideline.statement());
    }
}
