package org.janadesh.ingest.ecisite;

/**
 * An edition of the results site's candidate table. The editions share every column but one, and
 * that one is why they are two formats: the 2024 table marks Surat's BJP candidate, returned
 * unopposed, in an {@code uncontested} column and leaves his votes blank; the 2019 table counts the
 * Kashmiri-migrant ballots of Anantnag, Srinagar and Baramulla apart from EVM and postal votes, in
 * {@code other_votes_not_in_evm_or_postal}, and includes them in the total. A file of one edition
 * lacks the other's column, so each edition requires only its own.
 */
public enum EciSiteEdition {
  LS_2024(2024, "eci-site-2024", "ls2024/ls2024_candidates.csv.gz", Column.UNCONTESTED),
  LS_2019(2019, "eci-site-2019", "ls2019/ls2019_candidates.csv.gz", Column.OTHER_VOTES);

  /** The column only one edition has. */
  enum Column {
    /** {@code True} on a candidate returned unopposed, whose vote cells are then blank. */
    UNCONTESTED("uncontested"),
    /** Votes counted apart from EVM and postal ballots; part of the total (RES-6). */
    OTHER_VOTES("other_votes_not_in_evm_or_postal");

    private final String header;

    Column(String header) {
      this.header = header;
    }

    String header() {
      return header;
    }
  }

  private final int year;
  private final String format;
  private final String bundledFile;
  private final Column column;

  EciSiteEdition(int year, String format, String bundledFile, Column column) {
    this.year = year;
    this.format = format;
    this.bundledFile = bundledFile;
    this.column = column;
  }

  /** The general election the edition holds; a row of another year is rejected. */
  public int year() {
    return year;
  }

  /** The name {@code janadesh import FILE --format NAME} accepts. */
  public String format() {
    return format;
  }

  /** The bundled file in this edition, by its path under {@code data/}. */
  public String bundledFile() {
    return bundledFile;
  }

  Column column() {
    return column;
  }
}
