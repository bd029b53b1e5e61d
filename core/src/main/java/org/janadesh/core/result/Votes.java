package org.janadesh.core.result;

/**
 * Votes for one candidate (or NOTA). The ECI results site splits them by how they were cast; older
 * sources (TCPD, statistical reports) give only the total.
 */
public sealed interface Votes permits Votes.ByMode, Votes.TotalOnly {
  long total();

  /**
   * Votes by mode: EVM, postal ballots, and {@code other} for anything the source counts apart from
   * both (the 2019 Kashmiri-migrant ballots of Anantnag, Srinagar and Baramulla). The total is
   * their sum by construction; importers reject a source row whose total disagrees (RES-6).
   */
  record ByMode(long evm, long postal, long other) implements Votes {
    public ByMode {
      if (evm < 0 || postal < 0 || other < 0) {
        throw new IllegalArgumentException(
            "negative votes: evm " + evm + ", postal " + postal + ", other " + other);
      }
    }

    public static ByMode of(long evm, long postal) {
      return new ByMode(evm, postal, 0);
    }

    @Override
    public long total() {
      return evm + postal + other;
    }
  }

  /** Only the total is known. */
  record TotalOnly(long total) implements Votes {
    public TotalOnly {
      if (total < 0) {
        throw new IllegalArgumentException("negative votes: " + total);
      }
    }
  }
}
