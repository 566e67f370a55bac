package se.reorgledger.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.structure.UnitRef;

/**
 * The nämnder of one date before and after a package that is not recorded yet, compared in Swedish lines: which
 * nämnder are registered or dissolved, which kontor start or stop serving one, which kommuner join or leave a
 * gemensam nämnd. The preview's counterpart of the comparison page's nämnd sections.
 */
record CommitteeComparison(List<String> registered, List<String> dissolved, List<String> servicesStarted,
                           List<String> servicesEnded, List<String> membersJoined, List<String> membersLeft) {

    static CommitteeComparison of(List<CommitteeView> before, List<CommitteeView> after) {
        Map<String, CommitteeView> were = byId(before);
        Map<String, CommitteeView> are = byId(after);
        CommitteeComparison lines = new CommitteeComparison(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        are.forEach((id, now) -> {
            CommitteeView then = were.get(id);
            if (then == null) {
                lines.registered.add(now.name() + " registreras");
            }
            List<UnitRef> servedBefore = then == null ? List.of() : then.servedBy();
            List<String> membersBefore = then == null ? List.of() : then.memberMunicipalities();
            services(now.name(), servedBefore, now.servedBy(), lines);
            members(now.name(), membersBefore, now.memberMunicipalities(), lines);
        });
        were.forEach((id, then) -> {
            if (!are.containsKey(id)) {
                lines.dissolved.add(then.name() + " upplöses");
                services(then.name(), then.servedBy(), List.of(), lines);
                members(then.name(), then.memberMunicipalities(), List.of(), lines);
            }
        });
        return lines;
    }

    private static void services(String committee, List<UnitRef> before, List<UnitRef> after,
                                 CommitteeComparison lines) {
        Map<String, UnitRef> was = before.stream().collect(Collectors.toMap(UnitRef::id, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
        Map<String, UnitRef> is = after.stream().collect(Collectors.toMap(UnitRef::id, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
        is.forEach((id, unit) -> {
            if (!was.containsKey(id)) {
                lines.servicesStarted.add(unit.name() + " börjar betjäna " + committee);
            }
        });
        was.forEach((id, unit) -> {
            if (!is.containsKey(id)) {
                lines.servicesEnded.add(unit.name() + " slutar betjäna " + committee);
            }
        });
    }

    private static void members(String committee, List<String> before, List<String> after,
                                CommitteeComparison lines) {
        after.stream().filter(kommun -> !before.contains(kommun))
                .forEach(kommun -> lines.membersJoined.add(kommun + " går med i " + committee));
        before.stream().filter(kommun -> !after.contains(kommun))
                .forEach(kommun -> lines.membersLeft.add(kommun + " går ur " + committee));
    }

    public boolean isEmpty() {
        return sections().values().stream().allMatch(List::isEmpty);
    }

    /** The parts in the order of the comparison page, each by its Swedish heading. */
    public Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("Nämnder som registreras", registered);
        sections.put("Nämnder som upplöses", dissolved);
        sections.put("Kontor som börjar betjäna en nämnd", servicesStarted);
        sections.put("Kontor som slutar betjäna en nämnd", servicesEnded);
        sections.put("Kommuner som går med i en gemensam nämnd", membersJoined);
        sections.put("Kommuner som går ur en gemensam nämnd", membersLeft);
        return sections;
    }

    private static Map<String, CommitteeView> byId(List<CommitteeView> committees) {
        return committees.stream().collect(Collectors.toMap(CommitteeView::id, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }
}
