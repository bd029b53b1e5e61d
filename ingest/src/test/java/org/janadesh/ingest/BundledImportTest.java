package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.tcpd.TcpdImporter;
import org.junit.jupiter.api.Test;

/** Importing all bundled data: what is rejected, what each file gives, and the precedence. */
class BundledImportTest {
  private static final String TCPD = TcpdImporter.BUNDLED;

  /**
   * Known defects of the sources, each checked by hand: four TCPD rows of 1995 by-polls carry no
   * votes (and are garbled besides: Bihar and Maharashtra PC 1 are both named AMBALA, Valid_Votes
   * is 0), so their three contests are quarantined. A rejection not listed here fails the test.
   */
  private static final List<Rejection> KNOWN_DEFECTS =
      List.of(
          new Rejection(TCPD, 64843, "Votes", "Votes is blank"),
          new Rejection(
              TCPD,
              64843,
              "contest",
              "contest 'Bihar 1995 by-election 1 PC 1 AMBALA' not imported; its rows: 1, problems: 1"),
          new Rejection(TCPD, 64844, "Votes", "Votes is blank"),
          new Rejection(TCPD, 64845, "Votes", "Votes is blank"),
          new Rejection(
              TCPD,
              64844,
              "contest",
              "contest 'Maharashtra 1995 by-election 1 PC 1 AMBALA' not imported; its rows: 2, problems: 2"),
          new Rejection(TCPD, 64846, "Votes", "Votes is blank"),
          new Rejection(
              TCPD,
              64846,
              "contest",
              "contest 'West_Bengal 1995 by-election 1 PC 10 BEHRAMPUR' not imported; its rows: 1, problems: 1"));

  @Test
  void theOnlyRejectionsAreTheKnownSourceDefects() {
    List<Rejection> all = Bundled.all().stream().flatMap(r -> r.rejections().stream()).toList();

    assertThat(all).containsExactlyInAnyOrderElementsOf(KNOWN_DEFECTS);
    assertThat(Bundled.result("tcpd-ge").rejectedByReason())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Votes is blank", 4,
                "contest '…' not imported; its rows: N, problems: N", 3));
  }

  @Test
  void theKnownDefectsFileListsExactlyTheReviewedDefects() {
    assertThat(KnownDefects.loadBundled().rejections())
        .containsExactlyInAnyOrderElementsOf(KNOWN_DEFECTS);
  }

  @Test
  void everyFileIsReadToTheEndAndGivesItsContests() {
    Map<String, String> counts =
        Bundled.all().stream()
            .collect(
                Collectors.toMap(
                    ImportResult::source,
                    r ->
                        r.rowsRead()
                            + " rows, "
                            + r.batch().contests().size()
                            + " contests, "
                            + r.batch().elections().size()
                            + " elections"));

    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ls2024/ls2024_candidates.csv.gz",
                "8902 rows, 543 contests, 1 elections",
                "ls2019/ls2019_candidates.csv.gz",
                "8568 rows, 542 contests, 1 elections",
                TCPD,
                "91669 rows, 7746 contests, 295 elections",
                "winners/ls_winners_1952_2024_indiavotes.csv.gz",
                "9572 rows, 804 contests, 2 elections",
                "assembly/ae2021_wb_kl_tn_candidates.csv.gz",
                "7067 rows, 666 contests, 3 elections",
                "assembly/bye_wb_161_2022_ballygunge_top4.csv",
                "4 rows, 1 contests, 1 elections"));
  }

  @Test
  void tcpdKeepsOnlyVelloreOfLokSabha2019AndGivesUpTheSeatsTheResultsSiteHas() {
    List<Contest> raw2019 = ls2019(Bundled.raw("tcpd-ge"));
    List<Contest> kept2019 = ls2019(Bundled.result("tcpd-ge"));

    assertThat(Bundled.raw("tcpd-ge").batch().contests()).hasSize(8288);
    assertThat(raw2019).hasSize(543);
    assertThat(kept2019).extracting(Contest::name).containsExactly("VELLORE");
  }

  private static List<Contest> ls2019(ImportResult result) {
    return result.batch().contests().stream()
        .filter(c -> c.election().value().equals("ls-2019"))
        .toList();
  }

  @Test
  void everyTcpdByElectionIsItsOwnElectionOnItsSeat() {
    ImportResult tcpd = Bundled.result("tcpd-ge");

    assertThat(tcpd.batch().elections())
        .filteredOn(e -> e.kind() == ElectionKind.BYE)
        .hasSize(280)
        .allSatisfy(
            e -> {
              assertThat(e.id().value()).matches("bye-ls-[a-z]+-\\d+-\\d{4}(-\\d+)?");
              assertThat(e.name()).startsWith("Lok Sabha by-election, ");
              assertThat(e.state()).isNotNull();
            });
    assertThat(tcpd.batch().contests())
        .filteredOn(c -> c.election().value().startsWith("bye-"))
        .hasSize(280);
  }

  @Test
  void generalElectionsSitUnderTheOrderInForce() {
    Map<Integer, Integer> orderByYear =
        Map.ofEntries(
            Map.entry(1952, 1951),
            Map.entry(1957, 1956),
            Map.entry(1962, 1961),
            Map.entry(1967, 1966),
            Map.entry(1971, 1966),
            Map.entry(1977, 1976),
            Map.entry(1980, 1976),
            Map.entry(1984, 1976),
            Map.entry(1989, 1976),
            Map.entry(1991, 1976),
            Map.entry(1996, 1976),
            Map.entry(1998, 1976),
            Map.entry(1999, 1976),
            Map.entry(2004, 1976),
            Map.entry(2009, 2008),
            Map.entry(2014, 2008),
            Map.entry(2019, 2008));
    orderByYear.forEach(
        (year, order) ->
            assertThat(Bundled.contests("ls-" + year))
                .as("ls-" + year)
                .isNotEmpty()
                .allMatch(
                    c ->
                        org.janadesh.ingest.source.Delimitations.orderOf(
                                c.constituency().delimitation())
                            == order));
    for (String assembly : List.of("ae-kl-2021", "ae-tn-2021", "ae-wb-2021", "bye-wb-161-2022")) {
      assertThat(Bundled.contests(assembly))
          .allMatch(c -> c.constituency().delimitation().year() == 2008);
    }
  }

  @Test
  void importingTheBundledDataAgainGivesEqualBatches() {
    List<ImportResult> again = BundledImport.run(Bundled.registries());

    assertThat(again).hasSameSizeAs(Bundled.all());
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.get(i).batch())
          .as(again.get(i).source())
          .isEqualTo(Bundled.all().get(i).batch());
    }
  }

  @Test
  void importingEachBundledFileTwiceGivesEqualBatches() {
    for (Importers.Format format : Importers.formats()) {
      ImportResult again = BundledImport.importBundled(format, Bundled.registries());

      assertThat(again.batch()).as(format.name()).isEqualTo(Bundled.raw(format.name()).batch());
      assertThat(again.batch().sha256()).matches("[0-9a-f]{64}");
    }
  }
}
