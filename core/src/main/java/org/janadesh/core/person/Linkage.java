package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.jspecify.annotations.Nullable;

/**
 * Record linkage of candidacies into persons (PER-1…PER-4). Candidacies are compared only within a
 * block of one state (or its parent, for states carved out of another) and one name key (PER-3),
 * pairs that qualify (PER-2) are joined strongest first, and a join that would put two candidacies
 * of one election, two sets of initials or a reviewed "different persons" pair in one person is
 * refused.
 *
 * <p>Linkage runs over every Lok Sabha candidacy on record (about 100,000), so the inner loop works
 * on small integers: each candidacy's election, seat line and party are numbered once, and a pair
 * is compared with int tests before any name is looked at.
 */
public final class Linkage {
  /**
   * Names the linkage rules as implemented; stored person ids computed under another version are
   * stale. Change it whenever a change here, in {@link PersonName}, {@link SeatLines}, {@link
   * Candidacies} or {@link People} can change a person id.
   */
  public static final String VERSION = "PER-2025.1";

  /** Blocks larger than this come from a very common word ("SINGH") and are left to other keys. */
  private static final int MAX_BLOCK = 1500;

  /** Edges pack two candidacy indices of this many bits each into one sortable long. */
  private static final int INDEX_BITS = 26;

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
    if (n >= 1 << INDEX_BITS) {
      throw new IllegalArgumentException("too many candidacies to link: " + n);
    }
    Numbered numbered = new Numbered(candidacies);
    Clusters clusters = new Clusters(numbered);
    List<String> unmatched = new ArrayList<>();
    applyOverrides(candidacies, overrides, clusters, unmatched);

    LongList edges = new LongList();
    for (IntList block : blocks(candidacies, numbered.names)) {
      if (block.size > MAX_BLOCK) {
        continue;
      }
      int[] members = block.values;
      for (int x = 0; x < block.size; x++) {
        for (int y = x + 1; y < block.size; y++) {
          int a = Math.min(members[x], members[y]);
          int b = Math.max(members[x], members[y]);
          int score = numbered.score(a, b);
          if (score > 0) {
            edges.add(edge(score, numbered.year[b] - numbered.year[a], a, b));
          }
        }
      }
    }
    // Strongest first, then the nearest in time, then by position: one sort of packed longs. A
    // pair that shares several name keys is found in several blocks; the copies are equal and
    // joining twice changes nothing, so they are skipped.
    long[] sorted = edges.sorted();
    long mask = (1L << INDEX_BITS) - 1;
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        continue;
      }
      clusters.join((int) ((sorted[i] >>> INDEX_BITS) & mask), (int) (sorted[i] & mask), false);
    }
    return People.of(candidacies, numbered.names, clusters.roots(), unmatched);
  }

  /**
   * One long per edge that sorts as the joins must be made: higher score, then smaller year gap
   * (within ±30, so shifted to 0…62), then lower first and second index.
   */
  private static long edge(int score, int gap, int a, int b) {
    long rank = 15L - score;
    long shiftedGap = gap + 31L;
    return (rank << (2 * INDEX_BITS + 6))
        | (shiftedGap << (2 * INDEX_BITS))
        | ((long) a << INDEX_BITS)
        | b;
  }

  /**
   * PER-2: different elections, the same state or its parent, and either (a) the same seat line
   * within 30 years, names close (PER-1, a slip of the pen allowed), or (b) the same party other
   * than independent within 20 years, names compatible (PER-1). The score orders the joins.
   */
  private static int score(int gap, boolean seat, boolean party, PersonName na, PersonName nb) {
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

  /**
   * What the pair test reads, numbered once per candidacy: the parsed name (PER-1), the election,
   * the seat line (PER-6) and the party, independents as -1 so that they never share a party.
   */
  private static final class Numbered {
    final PersonName[] names;
    final int[] election;
    final int[] year;
    final int[] line;
    final int[] party;

    Numbered(List<Candidacy> candidacies) {
      int n = candidacies.size();
      names = new PersonName[n];
      election = new int[n];
      year = new int[n];
      line = new int[n];
      party = new int[n];
      SeatLines lines = SeatLines.of(candidacies);
      Map<String, PersonName> parsed = new HashMap<>();
      Map<ElectionId, Integer> elections = new HashMap<>();
      Map<ConstituencyId, Integer> seatLines = new HashMap<>();
      Map<PartyId, Integer> parties = new HashMap<>();
      @Nullable ConstituencyId lastSeat = null;
      int lastLine = -1;
      for (int i = 0; i < n; i++) {
        Candidacy c = candidacies.get(i);
        names[i] = parsed.computeIfAbsent(c.name(), PersonName::parse);
        election[i] = elections.computeIfAbsent(c.election(), k -> elections.size());
        year[i] = c.year();
        // The candidacies of one contest come together and share their seat.
        if (!c.seat().equals(lastSeat)) {
          lastSeat = c.seat();
          lastLine = seatLines.computeIfAbsent(lines.lineOf(c.seat()), k -> seatLines.size());
        }
        line[i] = lastLine;
        party[i] =
            c.party().equals(PartyId.INDEPENDENT)
                ? -1
                : parties.computeIfAbsent(c.party(), k -> parties.size());
      }
    }

    /** PER-2 for candidacies {@code a} and {@code b}: the score of their pair, 0 if none. */
    int score(int a, int b) {
      if (election[a] == election[b]) {
        return 0;
      }
      int gap = Math.abs(year[a] - year[b]);
      boolean seat = gap <= 30 && line[a] == line[b];
      boolean sameParty = gap <= 20 && party[a] == party[b] && party[a] >= 0;
      return Linkage.score(gap, seat, sameParty, names[a], names[b]);
    }
  }

  /**
   * PER-3: candidacies by (state group, name key); a candidacy sits in one block per key. The
   * blocks of a group are kept apart by group, and a name's keys are worked out once per name.
   */
  private static List<IntList> blocks(List<Candidacy> candidacies, PersonName[] names) {
    Map<String, Map<String, IntList>> byWord = new HashMap<>();
    Map<String, Map<String, IntList>> byWhole = new HashMap<>();
    Map<PersonName, List<String>> keysOf = new HashMap<>();
    for (int i = 0; i < candidacies.size(); i++) {
      String group = stateGroup(candidacies.get(i).seat().state());
      Map<String, IntList> words = byWord.computeIfAbsent(group, g -> new HashMap<>());
      for (String key : keysOf.computeIfAbsent(names[i], PersonName::blockKeys)) {
        words.computeIfAbsent(key, k -> new IntList()).add(i);
      }
      // The whole name, so that a common word's oversized block never hides an exact namesake.
      byWhole
          .computeIfAbsent(group, g -> new HashMap<>())
          .computeIfAbsent(names[i].sortedJoined(), k -> new IntList())
          .add(i);
    }
    List<IntList> blocks = new ArrayList<>();
    byWord.values().forEach(m -> blocks.addAll(m.values()));
    byWhole.values().forEach(m -> blocks.addAll(m.values()));
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

  /**
   * Union-find over candidacies, with what each person may not hold twice. A person's elections and
   * names are short lists (a long career has some twenty candidacies), kept on the root only.
   */
  private static final class Clusters {
    private final int[] parent;
    private final IntList[] elections;
    private final List<List<PersonName>> names;
    private final List<Map<Integer, Boolean>> apart;

    Clusters(Numbered numbered) {
      int n = numbered.names.length;
      parent = new int[n];
      elections = new IntList[n];
      names = new ArrayList<>(n);
      apart = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        elections[i] = IntList.of(numbered.election[i]);
        names.add(List.of(numbered.names[i]));
        apart.add(Map.of());
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
      mutableApart(find(a)).put(pair, true);
      mutableApart(find(b)).put(pair, false);
    }

    private Map<Integer, Boolean> mutableApart(int root) {
      Map<Integer, Boolean> map = apart.get(root);
      if (map.isEmpty()) {
        map = new HashMap<>();
        apart.set(root, map);
      }
      return map;
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
        if (elections[ra].sharesAny(elections[rb])) {
          return;
        }
      }
      for (Map.Entry<Integer, Boolean> e : apart.get(ra).entrySet()) {
        Boolean other = apart.get(rb).get(e.getKey());
        if (other != null && !other.equals(e.getValue())) {
          return;
        }
      }
      int keep = elections[ra].size >= elections[rb].size ? ra : rb;
      int gone = keep == ra ? rb : ra;
      parent[gone] = keep;
      elections[keep] = elections[keep].unionWith(elections[gone]);
      elections[gone] = IntList.of();
      names.set(keep, union(names.get(keep), names.get(gone)));
      names.set(gone, List.of());
      if (!apart.get(gone).isEmpty()) {
        mutableApart(keep).putAll(apart.get(gone));
      }
      apart.set(gone, Map.of());
    }

    private static List<PersonName> union(List<PersonName> x, List<PersonName> y) {
      List<PersonName> all = new ArrayList<>(x);
      for (PersonName name : y) {
        if (!all.contains(name)) {
          all.add(name);
        }
      }
      return all;
    }

    int[] roots() {
      int[] roots = new int[parent.length];
      for (int i = 0; i < parent.length; i++) {
        roots[i] = find(i);
      }
      return roots;
    }
  }

  /** A growable list of ints: blocks and a person's elections, without boxing. */
  private static final class IntList {
    int[] values;
    int size;

    IntList() {
      values = new int[4];
    }

    private IntList(int[] values) {
      this.values = values;
      this.size = values.length;
    }

    static IntList of(int... values) {
      return new IntList(values);
    }

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, Math.max(4, size * 2));
      }
      values[size++] = value;
    }

    boolean contains(int value) {
      for (int i = 0; i < size; i++) {
        if (values[i] == value) {
          return true;
        }
      }
      return false;
    }

    boolean sharesAny(IntList other) {
      IntList small = size <= other.size ? this : other;
      IntList large = small == this ? other : this;
      for (int i = 0; i < small.size; i++) {
        if (large.contains(small.values[i])) {
          return true;
        }
      }
      return false;
    }

    /** The distinct values of both, as a set of elections is. */
    IntList unionWith(IntList other) {
      IntList all = new IntList(Arrays.copyOf(values, size + other.size));
      all.size = size;
      for (int i = 0; i < other.size; i++) {
        if (!all.contains(other.values[i])) {
          all.values[all.size++] = other.values[i];
        }
      }
      return all;
    }
  }

  /** A growable list of longs: the packed edges. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }
}
