package se.reorgledger.projections.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.Provenances;
import se.reorgledger.projections.structure.UnitRef;

/** A person's posts over time: every chef role they held, from when until when, and the decisions behind it. */
public final class PersonPosts {

    private PersonPosts() {
    }

    /** @throws UnknownEntityException for a person the register did not hold at the epoch */
    public static PersonView of(OrganisationIndex index, int epoch, String personId, Instant knownAt) {
        String name = index.persons().nameAt(personId, epoch);
        if (name == null) {
            throw new UnknownEntityException("person", personId);
        }
        List<PostView> posts = new ArrayList<>();
        for (EntityTimeline<ChefRoleState> timeline : index.chefRoles()) {
            posts.addAll(postsIn(index, epoch, timeline, personId));
        }
        posts.sort(Comparator.comparing(PostView::from).thenComparing(PostView::chefRoleId));
        return new PersonView(personId, name, knownAt, posts);
    }

    /** The spans in which the person held the role: a step makes them the holder, a later one ends it. */
    private static List<PostView> postsIn(OrganisationIndex index, int epoch, EntityTimeline<ChefRoleState> role,
                                          String personId) {
        List<PostView> posts = new ArrayList<>(1);
        PostView open = null;
        ChangeEntry appointment = null;
        for (EntityTimeline.Step<ChefRoleState> step : role.stepsAt(epoch)) {
            if (step.annulled()) {
                continue;
            }
            boolean before = holds(step.before(), personId);
            boolean after = holds(step.after(), personId);
            if (!before && after) {
                ChefRoleState state = step.after();
                appointment = step.entry();
                open = new PostView(state.id(), state.title(), unit(index, epoch, state, step), step.effectiveDate(),
                        null, Causes.of(index, appointment), null,
                        Provenances.ofChanges(index, epoch, List.of(appointment)));
            } else if (before && !after && open != null) {
                posts.add(new PostView(open.chefRoleId(), open.title(), open.unit(), open.from(), step.effectiveDate(),
                        open.appointedBy(), Causes.of(index, step.entry()),
                        Provenances.ofChanges(index, epoch, List.of(appointment, step.entry()))));
                open = null;
            }
        }
        if (open != null) {
            posts.add(open);
        }
        return posts;
    }

    private static boolean holds(ChefRoleState state, String personId) {
        return state != null && personId.equals(state.holderId());
    }

    private static UnitRef unit(OrganisationIndex index, int epoch, ChefRoleState role,
                                EntityTimeline.Step<ChefRoleState> step) {
        String name = new SnapshotAt(index, step.effectiveDate(), epoch).unit(role.unitId()).map(UnitState::name)
                .orElse(role.unitId());
        return new UnitRef(role.unitId(), name);
    }
}
