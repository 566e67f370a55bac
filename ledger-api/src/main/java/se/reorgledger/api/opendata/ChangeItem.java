package se.reorgledger.api.opendata;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.structure.UnitRef;

/**
 * One change between two dates, flattened for the open data: what it did ({@code kind}), to which unit, chef
 * role, nämnd or membership, the day it took effect and its cause (change and decision). Fields that do not apply
 * to a kind are null (or empty). {@code unitKind} and {@code authority} are as on the date the change concerns,
 * {@code previousKind} as before a change of kind; {@code successors} are the units a dissolved unit's parts went
 * to; {@code unit} is also the kontor whose service to a nämnd started or ended; {@code municipality} the member
 * kommun of a gemensam nämnd.
 */
record ChangeItem(String kind, LocalDate effectiveDate, UnitRef unit, UnitKind unitKind, UnitKind previousKind,
                  Boolean authority, UnitRef parentBefore, UnitRef parentAfter, String previousName,
                  List<UnitRef> successors, String chefRoleId, String chefRoleTitle, PersonRef holderBefore,
                  PersonRef holderAfter, Boolean roleEnded, String committeeId, String committeeName,
                  CommitteeType committeeType, String reglemente, String municipality, Cause cause) {

    static final String ESTABLISHED = "established";
    static final String DISSOLVED = "dissolved";
    static final String MOVED = "moved";
    static final String RENAMED = "renamed";
    static final String KIND_CHANGED = "kindChanged";
    static final String AUTHORITY_CHANGED = "authorityChanged";
    static final String CHEF_ROLE_ESTABLISHED = "chefRoleEstablished";
    static final String CHEF_ROLE_ENDED = "chefRoleEnded";
    static final String APPOINTMENT = "appointment";
    static final String REGLEMENTE = "reglemente";
    static final String COMMITTEE_REGISTERED = "committeeRegistered";
    static final String COMMITTEE_DISSOLVED = "committeeDissolved";
    static final String SERVICE_STARTED = "serviceStarted";
    static final String SERVICE_ENDED = "serviceEnded";
    static final String MEMBERSHIP_STARTED = "membershipStarted";
    static final String MEMBERSHIP_ENDED = "membershipEnded";

    /** Every kind, in the order of the diff's lists. */
    static final List<String> KINDS = List.of(ESTABLISHED, DISSOLVED, MOVED, RENAMED, KIND_CHANGED,
            AUTHORITY_CHANGED, CHEF_ROLE_ESTABLISHED, CHEF_ROLE_ENDED, APPOINTMENT, REGLEMENTE, COMMITTEE_REGISTERED,
            COMMITTEE_DISSOLVED, SERVICE_STARTED, SERVICE_ENDED, MEMBERSHIP_STARTED, MEMBERSHIP_ENDED);

    ChangeItem {
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    static Builder of(String kind, LocalDate effectiveDate, Cause cause) {
        return new Builder(kind, effectiveDate, cause);
    }

    boolean illustrative() {
        return cause != null && cause.decision() != null && cause.decision().illustrative();
    }

    /** What the item is about, to tell apart the items one change brought about: a chef role, unit, kommun or nämnd. */
    String subject() {
        if (chefRoleId != null) {
            return chefRoleId;
        }
        if (municipality != null) {
            return municipality;
        }
        return unit != null ? unit.id() : committeeId;
    }

    /** Names only the fields a kind has, so each kind's construction reads as what it says. */
    static final class Builder {

        private final String kind;
        private final LocalDate effectiveDate;
        private final Cause cause;
        private UnitRef unit;
        private UnitKind unitKind;
        private UnitKind previousKind;
        private Boolean authority;
        private UnitRef parentBefore;
        private UnitRef parentAfter;
        private String previousName;
        private List<UnitRef> successors;
        private String chefRoleId;
        private String chefRoleTitle;
        private PersonRef holderBefore;
        private PersonRef holderAfter;
        private Boolean roleEnded;
        private String committeeId;
        private String committeeName;
        private CommitteeType committeeType;
        private String reglemente;
        private String municipality;

        private Builder(String kind, LocalDate effectiveDate, Cause cause) {
            this.kind = kind;
            this.effectiveDate = effectiveDate;
            this.cause = cause;
        }

        Builder unit(UnitRef unit, UnitKind kind) {
            this.unit = unit;
            this.unitKind = kind;
            return this;
        }

        Builder previousKind(UnitKind previousKind) {
            this.previousKind = previousKind;
            return this;
        }

        Builder authority(boolean authority) {
            this.authority = authority;
            return this;
        }

        Builder parents(UnitRef before, UnitRef after) {
            this.parentBefore = before;
            this.parentAfter = after;
            return this;
        }

        Builder previousName(String previousName) {
            this.previousName = previousName;
            return this;
        }

        Builder successors(List<UnitRef> successors) {
            this.successors = successors;
            return this;
        }

        Builder chefRole(String id, String title) {
            this.chefRoleId = id;
            this.chefRoleTitle = title;
            return this;
        }

        Builder holders(PersonRef before, PersonRef after, boolean roleEnded) {
            this.holderBefore = before;
            this.holderAfter = after;
            this.roleEnded = roleEnded;
            return this;
        }

        Builder committee(String id, String name, CommitteeType type) {
            this.committeeId = id;
            this.committeeName = name;
            this.committeeType = type;
            return this;
        }

        Builder reglemente(String version) {
            this.reglemente = version;
            return this;
        }

        Builder municipality(String municipality) {
            this.municipality = municipality;
            return this;
        }

        ChangeItem build() {
            return new ChangeItem(kind, effectiveDate, unit, unitKind, previousKind, authority, parentBefore,
                    parentAfter, previousName, successors, chefRoleId, chefRoleTitle, holderBefore, holderAfter,
                    roleEnded, committeeId, committeeName, committeeType, reglemente, municipality, cause);
        }
    }
}
