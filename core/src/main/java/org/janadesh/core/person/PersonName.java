package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.janadesh.core.text.EditDistance;

/**
 * A candidate's name as linkage reads it (PER-1): titles and honorifics dropped, initials apart
 * from words. "N.K. PREMACHANDRAN", "PREMACHANDRAN N K" and "Adv. N K Premachandran" all read as
 * words [PREMACHANDRAN], initials "KN" (sorted, since sources move initials to the front or back).
 */
public final class PersonName {
  /** Titles, honorifics and ranks that sources put before a name; they say nothing of who it is. */
  private static final Set<String> TITLES =
      Set.of(
          "ADV",
          "ADVOCATE",
          "DR",
          "SHRI",
          "SRI",
          "SHRIMATI",
          "SMT",
          "SMTI",
          "KUMARI",
          "KM",
          "SUSHRI",
          "PROF",
          "COL",
          "RETD",
          "ER",
          "MR",
          "MRS",
          "MS",
          "CAPT",
          "CAPTAIN",
          "MAJ",
          "MAJOR",
          "GEN",
          "LT",
          "BRIG",
          "SARDAR",
          "PANDIT",
          "PT",
          "THIRU",
          "TMT",
          "SELVI",
          "HAJI",
          "ALHAJ",
          "MAULANA",
          "SWAMI",
          "SADHVI",
          "MAHANT",
          "RAJMATA",
          "ADVT",
          "ENGR");

  private static final Pattern NON_LETTERS = Pattern.compile("[^A-Z]+");

  private final List<String> words;
  private final String initials;
  private final String joined;
  private final String sortedJoined;

  private PersonName(List<String> words, String initials) {
    this.words = List.copyOf(words);
    this.initials = initials;
    this.joined = String.join("", words);
    this.sortedJoined = words.stream().sorted().collect(Collectors.joining());
  }

  public List<String> words() {
    return words;
  }

  /** The initials, sorted: "KN" for N. K. */
  public String initials() {
    return initials;
  }

  /** Reads a name from any source. */
  public static PersonName parse(String raw) {
    String upper = raw.toUpperCase(Locale.ROOT);
    int alias = upper.indexOf(" ALIAS ");
    if (alias > 0) {
      upper = upper.substring(0, alias);
    }
    List<String> words = new ArrayList<>();
    List<Character> initials = new ArrayList<>();
    for (String token : NON_LETTERS.splitAsStream(upper).toList()) {
      if (token.isEmpty() || TITLES.contains(token)) {
        continue;
      }
      if (token.length() == 1 || (token.length() <= 3 && !hasVowel(token))) {
        // "NK" in "NK PREMACHANDRAN" is two initials written together.
        for (int i = 0; i < token.length(); i++) {
          initials.add(token.charAt(i));
        }
      } else {
        words.add(token);
      }
    }
    if (words.isEmpty() && !initials.isEmpty()) {
      // A name of initials only ("V.P.") keeps its last letter as the word it stands for.
      words.add(String.valueOf(initials.removeLast()));
    }
    String sorted = initials.stream().sorted().map(String::valueOf).collect(Collectors.joining());
    return new PersonName(words, sorted);
  }

  private static boolean hasVowel(String token) {
    for (int i = 0; i < token.length(); i++) {
      if ("AEIOUY".indexOf(token.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The words run together in source order: "KRISHNA KUMAR" and "KRISHNAKUMAR" agree. */
  public String joined() {
    return joined;
  }

  /** The words sorted and run together: "SINGH RAM" and "RAM SINGH" agree. */
  public String sortedJoined() {
    return sortedJoined;
  }

  /** Same words and same initials: the same name in another spelling of punctuation and order. */
  public boolean sameAs(PersonName other) {
    return initials.equals(other.initials) && sortedJoined().equals(other.sortedJoined());
  }

  /**
   * Whether two names can be one person's (PER-1): initials equal, or missing on one side, or
   * standing for the other's words; words equal in either order. Different initials never match: M.
   * Selvaraj and V. Selvaraj are two people.
   */
  public boolean compatibleWith(PersonName other) {
    return compatible(other, false);
  }

  /**
   * As {@link #compatibleWith}, and also a slip of the pen apart ("PEETHAMBARAKURUP" and
   * "PEETHAMBARA KURUPP"): allowed only where the seat backs the link (PER-2 a), since "RAJESH
   * KUMAR" and "RAKESH KUMAR" are a letter apart too.
   */
  public boolean closeTo(PersonName other) {
    return compatible(other, true);
  }

  private boolean compatible(PersonName other, boolean fuzzy) {
    // The tests are pure and joined by "or": the cheap ones run first, which does not change the
    // answer (linkage asks this for millions of pairs).
    boolean initialsAgree =
        initials.isEmpty() || other.initials.isEmpty() || initials.equals(other.initials);
    String a = joined();
    String b = other.joined();
    if (initialsAgree && (a.equals(b) || sortedJoined().equals(other.sortedJoined()))) {
      return true;
    }
    if (abbreviates(other) || other.abbreviates(this)) {
      return true;
    }
    if (!initialsAgree) {
      return false;
    }
    int allowed = Math.min(a.length(), b.length()) >= 13 ? 2 : a.length() >= 7 ? 1 : 0;
    return fuzzy
        && allowed > 0
        && Math.abs(a.length() - b.length()) <= allowed
        && withinEdits(a, b, allowed);
  }

  /**
   * Whether {@link EditDistance#between} of {@code a} and {@code b} is at most {@code k}, computed
   * in the band |i - j| <= k only: an alignment of cost k or less never leaves it, so the answer is
   * the same, at a cost of (2k + 1) cells per letter instead of the whole table. Linkage asks this
   * for most pairs of one seat line.
   */
  static boolean withinEdits(String a, String b, int k) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > k) {
      return false;
    }
    int far = k + 1;
    int[] twoBack = new int[m + 1];
    int[] back = new int[m + 1];
    int[] row = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      back[j] = j <= k ? j : far;
    }
    for (int i = 1; i <= n; i++) {
      java.util.Arrays.fill(row, far);
      if (i <= k) {
        row[0] = i;
      }
      int best = row[0];
      for (int j = Math.max(1, i - k); j <= Math.min(m, i + k); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        row[j] = Math.min(d, far);
        best = Math.min(best, row[j]);
      }
      if (best > k) {
        return false;
      }
      int[] spare = twoBack;
      twoBack = back;
      back = row;
      row = spare;
    }
    return back[m] <= k;
  }

  /**
   * Whether this name is {@code longer} with some words cut to initials: "D.S. RAJU" abbreviates
   * "DATLA SATYANARAYANA RAJU" (TCPD's 1967 and 1971 rows often print names so).
   */
  boolean abbreviates(PersonName longer) {
    if (initials.isEmpty() || words.size() >= longer.words.size()) {
      return false;
    }
    for (String w : words) {
      if (!longer.words.contains(w)) {
        return false; // the common case, decided without copying
      }
    }
    List<String> rest = new ArrayList<>(longer.words);
    for (String w : words) {
      if (!rest.remove(w)) {
        return false;
      }
    }
    StringBuilder letters = new StringBuilder(longer.initials);
    rest.forEach(w -> letters.append(w.charAt(0)));
    char[] sorted = letters.toString().toCharArray();
    java.util.Arrays.sort(sorted);
    return new String(sorted).equals(initials);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonName n && n.words.equals(words) && n.initials.equals(initials);
  }

  @Override
  public int hashCode() {
    return words.hashCode() * 31 + initials.hashCode();
  }

  @Override
  public String toString() {
    return idForm();
  }

  /** Long enough that two people of one state rarely share it (used only with PER-2 c). */
  public boolean distinctive() {
    return joined().length() >= 10 && (words.size() >= 2 || !initials.isEmpty());
  }

  /** Block keys: the first four letters of each word and of the joined words (PER-3). */
  List<String> blockKeys() {
    List<String> keys = new ArrayList<>();
    for (String w : words) {
      keys.add(w.substring(0, Math.min(4, w.length())));
    }
    String j = joined();
    keys.add(j.substring(0, Math.min(4, j.length())));
    return keys.stream().distinct().toList();
  }

  /** The id form: words then initials, e.g. {@code PREMACHANDRAN-KN}. */
  String idForm() {
    return initials.isEmpty() ? String.join("-", words) : String.join("-", words) + "-" + initials;
  }
}
