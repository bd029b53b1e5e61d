package org.janadesh.ingest.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.janadesh.core.metrics.CandidateMetrics;
import org.janadesh.core.metrics.ContestMetrics;
import org.janadesh.core.metrics.DepositBase;
import org.janadesh.core.metrics.Deposits;
import org.janadesh.core.metrics.Metrics;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.rules.Verdict;
import org.janadesh.ingest.Bundled;
import org.janadesh.ingest.KnownDefects;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.tcpd.TcpdImporter;

/**
 * Runs the TCPD oracle once per test JVM: imports the TCPD file with the product's importer,
 * computes every metric from our contests only, reads TCPD's derived columns apart, joins row by
 * row and tallies the agreement per column. Writes the readable report to {@code
 * target/oracle/metrics-disagreements.txt}.
 */
final class TcpdMetricsOracle {
  static final Path REPORT = Path.of("target", "oracle", "metrics-disagreements.txt");
  static final BigDecimal ENOP_TOLERANCE = new BigDecimal("0.1");

  final ImportResult imported = Bundled.raw(TcpdImporter.FORMAT);
  final Set<Long> knownDefectContests = new HashSet<>();
  final List<String> joinFailures = new ArrayList<>();
  int contestsJoined;
  int rowsJoined;

  final ColumnTally margin = new ColumnTally("Margin (MET-8 lead over next)");
  final ColumnTally marginPercent = new ColumnTally("Margin_Percentage (MET-8)");
  final ColumnTally winnerMargin = new ColumnTally("Margin, winner rows (MET-1)");
  final ColumnTally winnerMarginPercent = new ColumnTally("Margin_Percentage, winners (MET-2)");
  final ColumnTally voteShare = new ColumnTally("Vote_Share_Percentage (MET-3/5)");
  final ColumnTally turnout = new ColumnTally("Turnout_Percentage (MET-4)");
  final ColumnTally depositTcpdBase = new ColumnTally("Deposit_Lost, TCPD's base (DEP-6)");
  final ColumnTally depositLaw = new ColumnTally("Deposit_Lost, the law (DEP-1/2)");
  final ColumnTally enopWithinTenth = new ColumnTally("ENOP within ±0.1 (MET-7)");
  final ColumnTally enopExact = new ColumnTally("ENOP equal to 2 decimals (MET-7)");
  final ColumnTally enopTcpdRecipe = new ColumnTally("ENOP by TCPD's recipe (MET-7 note)");
  final List<String> lawDiffers = new ArrayList<>();

  private static final class Holder {
    static final TcpdMetricsOracle RUN = new TcpdMetricsOracle().run();
  }

  static TcpdMetricsOracle get() {
    return Holder.RUN;
  }

  private TcpdMetricsOracle run() {
    KnownDefects.loadBundled().rejections().stream()
        .filter(r -> r.file().equals(TcpdImporter.BUNDLED) && r.field().equals("contest"))
        .forEach(r -> knownDefectContests.add(r.line()));
    List<List<TcpdDerivedRow>> tcpd =
        TcpdDerivedColumns.contests(TcpdImporter.BUNDLED).stream()
            .filter(c -> !knownDefectContests.contains(c.get(0).line()))
            .toList();
    // The batch is not in file order, so each TCPD contest finds ours by what the record holds:
    // PC number, electors, every (position, votes) and NOTA. A key shared by two contests fails.
    Map<String, List<Contest>> ours = new HashMap<>();
    for (Contest c : imported.batch().contests()) {
      ours.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
    }
    if (tcpd.size() != imported.batch().contests().size()) {
      joinFailures.add(
          tcpd.size() + " TCPD contests but " + imported.batch().contests().size() + " imported");
    }
    for (List<TcpdDerivedRow> rows : tcpd) {
      List<Contest> found = ours.getOrDefault(key(rows), List.of());
      if (found.size() != 1) {
        joinFailures.add(rows.get(0).label() + " matches " + found.size() + " imported contests");
        continue;
      }
      compare(rows, found.get(0));
    }
    writeReport();
    return this;
  }

  private void compare(List<TcpdDerivedRow> rows, Contest contest) {
    TcpdDerivedRow first = rows.get(0);
    if (contest.outcome() instanceof Uncontested u) {
      compareUncontested(rows, u, contest);
      return;
    }
    if (!(contest.outcome() instanceof Polled polled) || !joins(rows, polled, contest)) {
      joinFailures.add(first.label() + " does not join " + contest);
      return;
    }
    contestsJoined++;
    ContestMetrics m = Metrics.of(contest);
    for (TcpdDerivedRow r : rows) {
      rowsJoined++;
      compareRow(r, polled, m);
    }
    compareEnop(first, m);
  }

  /**
   * TCPD writes an unopposed return as a poll of one candidate with 0 votes; we import it as an
   * uncontested return (RES-3), which has no share, turnout, margin or ENOP to compare: every
   * column is set apart for it, by that reason.
   */
  private void compareUncontested(List<TcpdDerivedRow> rows, Uncontested u, Contest contest) {
    TcpdDerivedRow only = rows.get(0);
    if (rows.size() != 1
        || only.votes() != 0
        || only.position() != u.returned().serial()
        || !String.valueOf(contest.constituency().number()).equals(only.pc())) {
      joinFailures.add(only.label() + " does not join " + contest);
      return;
    }
    contestsJoined++;
    rowsJoined++;
    String why = "uncontested return (RES-3): TCPD records a poll of one candidate with 0 votes";
    for (ColumnTally t :
        List.of(
            margin,
            marginPercent,
            winnerMargin,
            winnerMarginPercent,
            voteShare,
            turnout,
            depositTcpdBase,
            depositLaw,
            enopWithinTenth,
            enopExact,
            enopTcpdRecipe)) {
      t.setApart(why);
    }
  }

  private static String key(Contest c) {
    if (c.outcome() instanceof Uncontested u) {
      return c.constituency().number() + "|uncontested|" + u.returned().name();
    }
    if (!(c.outcome() instanceof Polled p)) {
      return "not polled " + c;
    }
    StringBuilder k = new StringBuilder(c.constituency().number() + "|" + p.electors() + "|");
    p.candidates().stream()
        .sorted(Comparator.comparingInt(r -> r.candidate().serial()))
        .forEach(r -> k.append(r.candidate().serial()).append(':').append(r.total()).append(','));
    return k.append("|nota ").append(p.nota() == null ? "none" : p.nota().total()).toString();
  }

  private static String key(List<TcpdDerivedRow> rows) {
    TcpdDerivedRow first = rows.get(0);
    if (rows.size() == 1 && !first.nota() && first.votes() == 0) {
      return Integer.parseInt(first.pc()) + "|uncontested|" + first.candidate().trim();
    }
    StringBuilder k =
        new StringBuilder(Integer.parseInt(first.pc()) + "|" + first.electors() + "|");
    rows.stream()
        .filter(r -> !r.nota())
        .sorted(Comparator.comparingInt(TcpdDerivedRow::position))
        .forEach(r -> k.append(r.position()).append(':').append(r.votes()).append(','));
    String nota =
        rows.stream()
            .filter(TcpdDerivedRow::nota)
            .map(r -> String.valueOf(r.votes()))
            .findFirst()
            .orElse("none");
    return k.append("|nota ").append(nota).toString();
  }

  /**
   * The join holds when every TCPD row is our candidate of the same serial (= Position) and votes.
   */
  private static boolean joins(List<TcpdDerivedRow> rows, Polled polled, Contest contest) {
    long candidates = rows.stream().filter(r -> !r.nota()).count();
    if (candidates != polled.candidates().size()
        || !String.valueOf(contest.constituency().number()).equals(rows.get(0).pc())) {
      return false;
    }
    for (TcpdDerivedRow r : rows) {
      if (r.nota()) {
        if (polled.nota() == null || polled.nota().total() != r.votes()) {
          return false;
        }
      } else if (polled.candidates().stream()
          .noneMatch(c -> c.candidate().serial() == r.position() && c.total() == r.votes())) {
        return false;
      }
    }
    return true;
  }

  private void compareRow(TcpdDerivedRow r, Polled polled, ContestMetrics m) {
    long total = polled.totalVotes();
    OptionalLong lead;
    Optional<BigDecimal> leadPercent;
    Optional<BigDecimal> share;
    if (r.nota()) {
      var nota = m.nota().orElseThrow();
      lead = nota.leadOverNext();
      leadPercent = nota.leadOverNextPercent();
      share = nota.share();
    } else {
      CandidateMetrics line = m.candidate(r.position()).orElseThrow();
      lead = line.leadOverNext();
      leadPercent = line.leadOverNextPercent();
      share = line.share();
    }
    // Margin: TCPD writes each row's votes minus the next row's, NOTA a row, the last row 0.
    if (lead.isEmpty()) {
      if (r.margin().map(BigDecimal::signum).orElse(-1) == 0) {
        margin.setApart("last place: TCPD writes 0, Janadesh has no place below (empty)");
      } else {
        margin.compare(false, r.label() + ": TCPD " + r.margin() + ", ours empty");
      }
    } else {
      margin.compare(
          r.margin().map(t -> t.longValueExact() == lead.getAsLong()).orElse(false),
          r.label() + ": TCPD " + r.margin() + ", ours " + lead.getAsLong());
    }
    comparePercent(
        marginPercent, r, r.marginPercent(), leadPercent, total, lead.isEmpty() && total > 0);
    comparePercent(voteShare, r, r.voteShare(), share, total, false);
    comparePercent(turnout, r, r.turnout(), m.turnoutPercent(), total, false);
    if (r.position() == 1) {
      if (m.margin().isEmpty()) {
        winnerMargin.setApart("a single candidate: TCPD writes 0, MET-1 has no runner-up");
        winnerMarginPercent.setApart("a single candidate: TCPD writes 0 or nan, MET-2 empty");
      } else {
        winnerMargin.compare(
            r.margin().map(t -> t.longValueExact() == m.margin().getAsLong()).orElse(false),
            r.label() + ": TCPD " + r.margin() + ", MET-1 " + m.margin());
        comparePercent(winnerMarginPercent, r, r.marginPercent(), m.marginPercent(), total, false);
      }
    }
    compareDeposit(r, polled);
  }

  private static void comparePercent(
      ColumnTally tally,
      TcpdDerivedRow r,
      Optional<BigDecimal> theirs,
      Optional<BigDecimal> ours,
      long total,
      boolean lastPlace) {
    if (lastPlace && ours.isEmpty() && theirs.map(BigDecimal::signum).orElse(-1) == 0) {
      tally.setApart("last place: TCPD writes 0, Janadesh has no place below (empty)");
    } else if (theirs.isEmpty() && ours.isEmpty()) {
      tally.setApart(
          total == 0
              ? "no votes on record (one candidate, 0 votes): TCPD nan, ours empty"
              : "electors unknown: TCPD nan, ours empty");
    } else if (total == 0 && theirs.isEmpty()) {
      tally.compare(false, r.label() + ": TCPD nan, ours " + ours);
    } else {
      tally.compare(
          theirs.isPresent() && ours.isPresent() && theirs.get().compareTo(ours.get()) == 0,
          r.label()
              + ": TCPD "
              + theirs.map(BigDecimal::toPlainString).orElse("blank")
              + ", ours "
              + ours.map(BigDecimal::toPlainString).orElse("empty"));
    }
  }

  private void compareDeposit(TcpdDerivedRow r, Polled polled) {
    if (r.nota()) {
      depositTcpdBase.setApart("NOTA row: TCPD blank, NOTA is not a candidate");
      depositLaw.setApart("NOTA row: TCPD blank, NOTA is not a candidate");
      return;
    }
    CandidateResult candidate =
        polled.candidates().stream()
            .filter(c -> c.candidate().serial() == r.position())
            .findFirst()
            .orElseThrow();
    Verdict tcpdBase =
        Deposits.verdict(polled, candidate, DepositBase.ALL_VOTES_TCPD).orElseThrow();
    Verdict law = Deposits.forfeited(polled, candidate);
    if (r.depositLost().isEmpty()) {
      depositTcpdBase.setApart("TCPD blank for a candidate");
      depositLaw.setApart("TCPD blank for a candidate");
      return;
    }
    boolean lost = r.depositLost().get();
    depositTcpdBase.compare(
        lost == tcpdBase.met(), r.label() + ": TCPD " + lost + ", " + tcpdBase.evidence());
    depositLaw.compare(lost == law.met(), r.label() + ": TCPD " + lost + ", " + law.evidence());
    if (lost != law.met()) {
      lawDiffers.add(r.year() + "|" + r.state() + "|" + r.pc() + "|" + r.candidate());
    }
  }

  private void compareEnop(TcpdDerivedRow first, ContestMetrics m) {
    Optional<BigDecimal> theirs = first.enop();
    Optional<BigDecimal> ours = m.enop();
    String label =
        first.state() + " " + first.year() + " PC " + first.pc() + " (line " + first.line() + ")";
    if (theirs.isEmpty() && ours.isEmpty()) {
      for (ColumnTally t : List.of(enopWithinTenth, enopExact, enopTcpdRecipe)) {
        t.setApart("no votes on record: TCPD nan, ours empty");
      }
      return;
    }
    if (theirs.isEmpty() || ours.isEmpty()) {
      enopWithinTenth.compare(false, label + ": TCPD " + theirs + ", ours " + ours);
      return;
    }
    BigDecimal t = theirs.get();
    BigDecimal o = ours.get();
    Optional<BigDecimal> recipe = tcpdRecipe(m);
    String line =
        String.format(
            "%s: TCPD %s, ours %s (off by %s), TCPD's recipe from our shares %s",
            label,
            t.toPlainString(),
            o.toPlainString(),
            o.subtract(t).toPlainString(),
            recipe.map(BigDecimal::toPlainString).orElse("none"));
    enopWithinTenth.compare(o.subtract(t).abs().compareTo(ENOP_TOLERANCE) <= 0, line);
    enopExact.compare(o.compareTo(t) == 0, line);
    enopTcpdRecipe.compare(recipe.map(r -> r.compareTo(t) == 0).orElse(false), line);
  }

  /**
   * TCPD's ENOP as the data shows it is computed: each place's published share (two decimals, as a
   * fraction of one), squared and rounded to two decimals, summed; one over the sum, rounded to two
   * decimals half to even (1/0.32 = 3.125 is published as 3.12). Built from our MET-3/MET-5 shares.
   */
  static Optional<BigDecimal> tcpdRecipe(ContestMetrics m) {
    List<BigDecimal> shares = new ArrayList<>();
    m.candidates().forEach(c -> shares.add(c.share().orElseThrow()));
    m.nota().ifPresent(n -> shares.add(n.share().orElseThrow()));
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal s : shares) {
      BigDecimal p = s.movePointLeft(2);
      sum = sum.add(p.multiply(p).setScale(2, RoundingMode.HALF_UP));
    }
    return sum.signum() == 0
        ? Optional.empty()
        : Optional.of(BigDecimal.ONE.divide(sum, 2, RoundingMode.HALF_EVEN));
  }

  List<ColumnTally> columns() {
    return List.of(
        margin,
        marginPercent,
        winnerMargin,
        winnerMarginPercent,
        voteShare,
        turnout,
        depositTcpdBase,
        depositLaw,
        enopWithinTenth,
        enopExact,
        enopTcpdRecipe);
  }

  private void writeReport() {
    StringBuilder s = new StringBuilder();
    s.append("Janadesh metrics against TCPD's derived columns (docs/rules/metrics.md)\n");
    s.append("source: ").append(TcpdImporter.BUNDLED).append('\n');
    s.append(
        String.format(
            "rows read %,d; contests imported %,d; joined %,d contests, %,d rows; known-defect contests left out %s; join failures %d%n%n",
            imported.rowsRead(),
            imported.batch().contests().size(),
            contestsJoined,
            rowsJoined,
            knownDefectContests,
            joinFailures.size()));
    columns().forEach(c -> s.append(c.summary()).append('\n'));
    s.append(
        "\nDeposit_Lost where the law (NOTA left out, DEP-2) differs from TCPD (NOTA in, DEP-6):\n");
    lawDiffers.forEach(d -> s.append("  ").append(d).append('\n'));
    for (ColumnTally c : columns()) {
      if (c.disagreements.isEmpty()) {
        continue;
      }
      s.append("\n== ")
          .append(c.column)
          .append(": ")
          .append(c.disagreements.size())
          .append(" rows\n");
      c.disagreements.stream().limit(400).forEach(d -> s.append("  ").append(d).append('\n'));
    }
    joinFailures.forEach(f -> s.append("JOIN FAILURE ").append(f).append('\n'));
    try {
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, s.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
