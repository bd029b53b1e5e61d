package org.janadesh.bench.child;

import java.util.List;

/**
 * The six data files Janadesh bundles and imports, by their path under {@code data/}, with the
 * table name DuckDB loads each into. Spelled out rather than read from {@code Importers}: touching
 * the importers would load Janadesh's classes into the DuckDB JVM and bill the baseline for them.
 * The launcher checks this list against {@code Importers.formats()} before any run.
 */
public final class BundledFiles {
  /** One bundled file and its DuckDB table. */
  public record File(String path, String table) {}

  /** The Lok Sabha 2024 results-site file, the one the national tally is computed from. */
  public static final File LS_2024 = new File("ls2024/ls2024_candidates.csv.gz", "eci_site_2024");

  public static final List<File> ALL =
      List.of(
          LS_2024,
          new File("ls2019/ls2019_candidates.csv.gz", "eci_site_2019"),
          new File("tcpd/TCPD_GE_All_States_2024-3-27.csv.gz", "tcpd_ge"),
          new File("winners/ls_winners_1952_2024_indiavotes.csv.gz", "indiavotes_winners"),
          new File("assembly/ae2021_wb_kl_tn_candidates.csv.gz", "tcpd_ae"),
          new File("assembly/bye_wb_161_2022_ballygunge_top4.csv", "news_top_candidates"));

  private BundledFiles() {}
}
