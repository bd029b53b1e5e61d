package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;

/**
 * Record linkage of candidacies into persons (PER-1…PER-4). Candidacies are compared only within a
 * block of one state (or its parent, for states carved out of another) and one name key (PER-3),
 * pairs that qualify (PER-2) are joined strongest first, and a join that would put two candidacies
 * of one election, two sets of initials or a reviewed "different persons" pair in one person is
 * refused.
 */
public final class Linkage {
  /** Blocks larger than this come from a very common word ("SINGH") and are left to other keys. */
  private static final int MAX_BLOCK = 1500;

  /** States carved out of another since 1962 block with their parent: their MPs sat for both. */
  private static final Map<String, String> PARENT =
      Map.of(
          "S26", "S12", // Chhattisgarh from Madhya Pradesh
          "S27", "S04", // Jharkhand from Bihar
          "S28", "S24", // Uttarakhand from Uttar Pradesh
          "S29", "S01", // Telangana from Andhra Pradesh
          "S07", "S19", // Haryana from Punjab
          "U08", "S09", // Jammu and Kashmir (UT) from the state
          "U09", "S09", // Ladakh from Jammu & Kashmir
          "U02", "S19"); // Chandigarh from Punjab

  private Linkage() {}

  /** Links {@code candidacies} (in order of time, as {@link Candidacies#of} gives them). */
  public static People link(List<Candidacy> candidacies, List<PersonOverride> overrides) {
    int n = candidacies.size();
    PersonName[] names = new PersonName[n];
    for (int i = 0; i < n; i++) {
      names[i] = PersonName.parse(candidacies.get(i).name());
    }
    SeatLines lines = SeatLines.of(candidacies);
    Clusters clusters = new Clusters(candidacies, names);
    List<String> unmatched = new ArrayList<>();
    applyOverrides(candidacies, overrides, clusters, unmatched);

    List<Edge> edges = new ArrayList<>();
    for (List<Integer> block : blocks(candidacies, names).values()) {
      if (block.size() > MAX_BLOCK) {
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int a = block.get(x);
          int b = block.get(y);
          int score = score(candidacies.get(a), candidacies.get(b), names[a], names[b], lines);
          if (score > 0) {
            edges.add(new Edge(Math.min(a, b), Math.max(a, b), score));
          }
        }
      }
    }
    edges.sort(
        Comparator.comparingInt(Edge::score)
            .reversed()
            .thenComparingInt(e -> candidacies.get(e.b()).year() - candidacies.get(e.a()).year())
            .thenComparingInt(Edge::a)
            .thenComparingInt(Edge::b));
    for (Edge e : edges) {
      clusters.join(e.a(), e.b(), false);
    }
    return People.of(candidacies, clusters.roots(), unmatched);
  }

  private record Edge(int a, int b, int score) {}

  /**
   * PER-2: different elections, the same state or its parent, and either (a) the same seat line
   * within 30 years, names close (PER-1, a slip of the pen allowed), or (b) the same party other
   * than independent within 20 years, names compatible (PER-1). The score orders the joins.
   */
  static int score(Candidacy a, Candidacy b, PersonName na, PersonName nb, SeatLines lines) {
    if (a.election().equals(b.election())) {
      return 0;
    }
    int gap = Math.abs(a.year() - b.year());
    boolean seat = gap <= 30 && lines.sameLine(a.seat(), b.seat());
    boolean party =
        gap <= 20 && a.party().equals(b.party()) && !a.party().equals(PartyId.INDEPENDENT);
    // The cheap tests first: most pairs of a block share neither seat nor party.
    if (!seat && !party) {
      return 0;
    }
    boolean names = seat ? na.closeTo(nb) : na.compatibleWith(nb);
    if (!names) {
      return 0;
    }
    return (seat ? 4 : 0) + (party ? 2 : 0) + (na.sameAs(nb) ? 2 : 0) + (gap <= 5 ? 1 : 0);
  }

  static String stateGroup(StateCode state) {
    return PARENT.getOrDefault(state.value(), state.value());
  }

  /** PER-3: candidacies by (state group, name key); a candidacy sits in one block per key. */
  private static Map<String, List<Integer>> blocks(
      List<Candidacy> candidacies, PersonName[] names) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < candidacies.size(); i++) {
      String group = stateGroup(candidacies.get(i).seat().state());
      for (String key : names[i].blockKeys()) {
        blocks.computeIfAbsent(group + "/" + key, k -> new ArrayList<>()).add(i);
      }
      // The whole name, so that a common word's oversized block never hides an exact namesake.
      blocks.computeIfAbsent(group + "=" + names[i].sortedJoined(), k -> new ArrayList<>()).add(i);
    }
    return blocks;
  }

  private static void applyOverrides(
      List<Candidacy> candidacies,
      List<PersonOverride> overrides,
      Clusters clusters,
      List<String> unmatched) {
    Map<PersonOverride.Ref, Integer> found = new HashMap<>();
    for (PersonOverride o : overrides) {
      for (PersonOverride.Ref ref : List.of(o.first(), o.second())) {
        for (int i = 0; i < candidacies.size() && !found.containsKey(ref); i++) {
          if (ref.matches(candidacies.get(i))) {
            found.put(ref, i);
          }
        }
      }
    }
    int pair = 0;
    for (PersonOverride o : overrides) {
      Integer a = found.get(o.first());
      Integer b = found.get(o.second());
      pair++;
      if (a == null || b == null) {
        unmatched.add(
            "PER-4: override names no candidacy on record: "
                + (a == null ? o.first() : o.second()));
        continue;
      }
      switch (o.kind()) {
        case SAME -> clusters.join(a, b, true);
        case DIFFERENT -> clusters.keepApart(a, b, pair);
      }
    }
  }

  /** Union-find over candidacies, with what each person may not hold twice. */
  private static final class Clusters {
    private final int[] parent;
    private final List<Set<ElectionId>> elections = new ArrayList<>();
    private final List<Set<PersonName>> names = new ArrayList<>();
    private final List<Map<Integer, Boolean>> apart = new ArrayList<>();

    Clusters(List<Candidacy> candidacies, PersonName[] names) {
      int n = candidacies.size();
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        elections.add(new HashSet<>(Set.of(candidacies.get(i).election())));
        this.names.add(new HashSet<>(Set.of(names[i])));
        apart.add(new HashMap<>());
      }
    }

    int find(int i) {
      int root = i;
      while (parent[root] != root) {
        root = parent[root];
      }
      while (parent[i] != root) {
        int next = parent[i];
        parent[i] = root;
        i = next;
      }
      return root;
    }

    void keepApart(int a, int b, int pair) {
      apart.get(find(a)).put(pair, true);
      apart.get(find(b)).put(pair, false);
    }

    /** Joins the persons of a and b unless that breaks PER-2's limits; forced for PER-4 SAME. */
    void join(int a, int b, boolean forced) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (!forced) {
        // Every name of one person must fit every name of the other: "SELVARAJ" may not bridge
        // "SELVARAJ M" and "SELVARAJ V".
        for (PersonName x : names.get(ra)) {
          for (PersonName y : names.get(rb)) {
            if (!x.equals(y) && !x.compatibleWith(y)) {
              return;
            }
          }
        }
        Set<ElectionId> small =
            elections.get(ra).size() < elections.get(rb).size()
                ? elections.get(ra)
                : elections.get(rb);
        Set<ElectionId> large = small == elections.get(ra) ? elections.get(rb) : elections.get(ra);
        for (ElectionId e : small) {
          if (large.contains(e)) {
            return;
          }
        }
      }
      for (Map.Entry<Integer, Boolean> e : apart.get(ra).entrySet()) {
        Boolean other = apart.get(rb).get(e.getKey());
        if (other != null && !other.equals(e.getValue())) {
          return;
        }
      }
      int keep = elections.get(ra).size() >= elections.get(rb).size() ? ra : rb;
      int gone = keep == ra ? rb : ra;
      parent[gone] = keep;
      elections.get(keep).addAll(elections.get(gone));
      elections.set(gone, Set.of());
      names.get(keep).addAll(names.get(gone));
      names.set(gone, Set.of());
      apart.get(keep).putAll(apart.get(gone));
      apart.set(gone, Map.of());
    }

    int[] roots() {
      int[] roots = new int[parent.length];
      for (int i = 0; i < parent.length; i++) {
        roots[i] = find(i);
      }
      return roots;
    }
  }
}
