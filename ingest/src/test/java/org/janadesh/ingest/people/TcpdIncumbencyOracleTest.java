package org.janadesh.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.person.Candidacies;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.CandidacyFacts;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.Linkage;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.text.MatchKey;
import org.janadesh.ingest.Bundled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The oracle for PER-7 and PER-9: every TCPD Lok Sabha candidacy 1962–2019 is linked by our linkage
 * alone, and the sitting-member flag and the term count are compared with TCPD's Incumbent and
 * No_Terms columns, which only this test reads. Disagreements go to {@code
 * target/oracle/incumbency-disagreements.txt}, grouped by likely cause.
 */
class TcpdIncumbencyOracleTest {
  private static final Path REPORT = Path.of("target", "oracle", "incumbency-disagreements.txt");

  private static Careers careers;
  private static Map<String, TcpdPersonColumns> tcpdByKey;
  private static List<Candidacy> matched;
  private static long linkMillis;

  @BeforeAll
  static void linkEveryTcpdCandidacy() throws IOException {
    ImportBatch tcpd = Bundled.raw("tcpd-ge").batch();
    Map<Object, List<Contest>> byElection = new HashMap<>();
    tcpd.contests()
        .forEach(c -> byElection.computeIfAbsent(c.election(), k -> new ArrayList<>()).add(c));
    long start = System.nanoTime();
    List<Candidacy> candidacies =
        Candidacies.of(tcpd.elections(), id -> byElection.getOrDefault(id, List.of()));
    careers = Careers.of(Linkage.link(candidacies, List.of()));
    linkMillis = (System.nanoTime() - start) / 1_000_000;
    tcpdByKey = new HashMap<>();
    Set<String> clashes = new HashSet<>();
    for (TcpdPersonColumns row : TcpdPersonColumns.readBundled()) {
      Bundled.registries()
          .states()
          .find(row.state(), row.year())
          .ifPresent(
              s -> {
                String key =
                    key(
                        s.code().value(),
                        row.pc(),
                        row.year(),
                        row.pollNo() != 0,
                        row.position(),
                        row.candidate());
                if (tcpdByKey.put(key, row) != null) {
                  clashes.add(key);
                }
              });
    }
    clashes.forEach(tcpdByKey::remove);
    matched = candidacies.stream().filter(c -> tcpdByKey.containsKey(key(c))).toList();
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String key(
      String state, int pc, int year, boolean bye, int position, String name) {
    return state + "|" + pc + "|" + year + "|" + bye + "|" + position + "|" + MatchKey.of(name);
  }

  private static String key(Candidacy c) {
    return key(
        c.seat().state().value(),
        c.seat().number(),
        c.year(),
        c.kind() == ElectionKind.BYE,
        c.candidate().serial(),
        c.name());
  }

  private static TcpdPersonColumns tcpd(Candidacy c) {
    return java.util.Objects.requireNonNull(tcpdByKey.get(key(c)));
  }

  @Test
  void nearlyEveryTcpdCandidacyIsComparedWithItsRow() {
    assertThat(matched.size()).isGreaterThan(88_000);
  }

  @Test
  void sittingMemberAgreesWithTcpdIncumbentOnAtLeast95Percent() {
    long agree =
        matched.stream()
            .filter(c -> careers.facts(c).sittingMember().met() == tcpd(c).incumbent())
            .count();
    assertThat(100.0 * agree / matched.size())
        .as("PER-7 agreement %% with TCPD Incumbent")
        .isGreaterThanOrEqualTo(95.0);
  }

  @Test
  void termsAgreeWithTcpdNoTermsOnAtLeast95Percent() {
    long agree =
        matched.stream().filter(c -> careers.facts(c).terms() == tcpd(c).noTerms()).count();
    assertThat(100.0 * agree / matched.size())
        .as("PER-9 agreement %% with TCPD No_Terms")
        .isGreaterThanOrEqualTo(95.0);
  }

  @Test
  void linkageAgreesWithTcpdPersonIdsPairwise() {
    PairCounts counts = pairCounts();
    assertThat(counts.precision()).as("pairwise precision against TCPD pid").isGreaterThan(0.85);
    assertThat(counts.recall()).as("pairwise recall against TCPD pid").isGreaterThan(0.50);
  }

  record PairCounts(long ours, long theirs, long both) {
    double precision() {
      return (double) both / ours;
    }

    double recall() {
      return (double) both / theirs;
    }
  }

  private static PairCounts pairCounts() {
    Map<PersonId, Integer> ours = new HashMap<>();
    Map<String, Integer> theirs = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Candidacy c : matched) {
      PersonId p = careers.people().personOf(c);
      String pid = tcpd(c).pid();
      ours.merge(p, 1, Integer::sum);
      theirs.merge(pid, 1, Integer::sum);
      both.merge(p + "|" + pid, 1, Integer::sum);
    }
    return new PairCounts(pairs(ours.values()), pairs(theirs.values()), pairs(both.values()));
  }

  private static long pairs(Iterable<Integer> sizes) {
    long total = 0;
    for (int n : sizes) {
      total += (long) n * (n - 1) / 2;
    }
    return total;
  }

  private static String report() {
    Map<String, Set<String>> pidMembers = new HashMap<>();
    Map<PersonId, Set<String>> ourMembers = new HashMap<>();
    for (Candidacy c : matched) {
      pidMembers.computeIfAbsent(tcpd(c).pid(), k -> new HashSet<>()).add(key(c));
      ourMembers.computeIfAbsent(careers.people().personOf(c), k -> new HashSet<>()).add(key(c));
    }
    Map<String, List<String>> byCause = new TreeMap<>();
    long incumbentAgree = 0;
    long termsAgree = 0;
    for (Candidacy c : matched) {
      CandidacyFacts f = careers.facts(c);
      TcpdPersonColumns row = tcpd(c);
      boolean incumbentOk = f.sittingMember().met() == row.incumbent();
      boolean termsOk = f.terms() == row.noTerms();
      incumbentAgree += incumbentOk ? 1 : 0;
      termsAgree += termsOk ? 1 : 0;
      if (incumbentOk && termsOk) {
        continue;
      }
      Set<String> ours = ourMembers.getOrDefault(f.person(), Set.of());
      Set<String> theirs = pidMembers.getOrDefault(row.pid(), Set.of());
      String cause;
      if (ours.equals(theirs)) {
        cause = "1 same person on both sides: definition, order of contests or TCPD data";
      } else if (theirs.containsAll(ours)) {
        cause = "2 TCPD's pid links candidacies our linkage keeps apart (split)";
      } else if (ours.containsAll(theirs)) {
        cause = "3 our linkage joins candidacies TCPD's pid keeps apart (merge)";
      } else {
        cause = "4 the two person clusters overlap differently";
      }
      byCause
          .computeIfAbsent(cause, k -> new ArrayList<>())
          .add(
              String.format(
                  Locale.ROOT,
                  "%s %s PC %d %s (%s) %s: ours incumbent=%s terms=%d [%s]; TCPD Incumbent=%s No_Terms=%d pid=%s; ours %s has %d candidacies, pid %d",
                  c.election(),
                  c.seat().state(),
                  c.seat().number(),
                  c.seatName(),
                  c.party(),
                  c.name(),
                  f.sittingMember().met(),
                  f.terms(),
                  f.sittingMember().evidence(),
                  row.incumbent(),
                  row.noTerms(),
                  row.pid(),
                  f.person(),
                  ours.size(),
                  theirs.size()));
    }
    PairCounts counts = pairCounts();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "TCPD oracle for PER-7 (Incumbent) and PER-9 (No_Terms)%n"
                + "candidacies compared: %d; linkage and careers took %d ms%n"
                + "Incumbent agreement: %.2f %%%nNo_Terms agreement: %.2f %%%n"
                + "pairwise against TCPD pid: precision %.4f, recall %.4f (ours %d pairs, TCPD %d, both %d)%n%n",
            matched.size(),
            linkMillis,
            100.0 * incumbentAgree / matched.size(),
            100.0 * termsAgree / matched.size(),
            counts.precision(),
            counts.recall(),
            counts.ours(),
            counts.theirs(),
            counts.both()));
    out.append("== our persons that hold the most TCPD pids (largest loss of precision)\n");
    Map<PersonId, Set<String>> pidsOf = new HashMap<>();
    for (Candidacy c : matched) {
      pidsOf.computeIfAbsent(careers.people().personOf(c), k -> new HashSet<>()).add(tcpd(c).pid());
    }
    pidsOf.entrySet().stream()
        .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
        .limit(25)
        .forEach(
            e ->
                out.append(e.getKey())
                    .append(": ")
                    .append(e.getValue().size())
                    .append(" pids; ")
                    .append(
                        careers.people().career(e.getKey()).stream()
                            .map(
                                c ->
                                    c.year()
                                        + " "
                                        + c.seatName()
                                        + " "
                                        + c.party()
                                        + " "
                                        + c.name())
                            .toList())
                    .append('\n'));
    out.append('\n');
    byCause.forEach(
        (cause, lines) -> {
          out.append("== ").append(cause).append(" (").append(lines.size()).append(")\n");
          lines.forEach(l -> out.append(l).append('\n'));
          out.append('\n');
        });
    return out.toString();
  }
}
