package se.reorgledger.core.state;

import java.util.Comparator;
import se.reorgledger.core.assignment.AssignmentGivenEvent;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.committee.CommitteeDissolvedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.MunicipalityLeftCommitteeEvent;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationLeftEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;

/**
 * The order of changes that take effect on the same date. A reorganisation happens in one day: holders leave
 * and roles end, new units, roles and nämnder come into being, units move and are renamed, new holders take
 * over, and last what has been emptied is dissolved. Within a phase, ledger order decides. Every reader of the
 * ledger folds in this order, so a package means the same whatever order its changes are listed in.
 */
public final class ChangePhase {

    private static final int RELEASE = 0;
    private static final int ESTABLISH_UNIT = 1;
    private static final int ESTABLISH_ATTACHED = 2;
    private static final int MODIFY = 3;
    private static final int TAKE_UP = 4;
    private static final int DISSOLVE = 5;

    private ChangePhase() {
    }

    public static int of(DatedChangeEvent event) {
        if (event instanceof ChefLeftEvent || event instanceof ChefRoleEndedEvent
                || event instanceof KontorServiceEndedEvent || event instanceof MunicipalityLeftCommitteeEvent
                || event instanceof CooperationLeftEvent) {
            return RELEASE;
        }
        if (event instanceof UnitEstablishedEvent) {
            return ESTABLISH_UNIT;
        }
        if (event instanceof ChefRoleEstablishedEvent || event instanceof CommitteeRegisteredEvent
                || event instanceof AssignmentGivenEvent || event instanceof CooperationJoinedEvent) {
            return ESTABLISH_ATTACHED;
        }
        if (event instanceof ChefAppointedEvent || event instanceof KontorServiceStartedEvent
                || event instanceof MunicipalityJoinedCommitteeEvent) {
            return TAKE_UP;
        }
        if (event instanceof UnitDissolvedEvent || event instanceof CommitteeDissolvedEvent) {
            return DISSOLVE;
        }
        return MODIFY;
    }

    /** Effective date, then phase, then ledger order: the one order in which the ledger is folded. */
    public static final Comparator<TimedChange> EFFECTIVE_ORDER = Comparator
            .comparing(TimedChange::effectiveDate)
            .thenComparingInt(change -> of(change.event()))
            .thenComparingLong(TimedChange::ledgerOrder);
}
