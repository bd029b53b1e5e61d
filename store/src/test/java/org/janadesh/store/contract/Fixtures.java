package org.janadesh.store.contract;

import java.util.List;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Votes;

/** Named elections, constituencies and votes the contract's tests share. */
public final class Fixtures {
  public static final Election LS_2024 =
      new Election(
          ElectionId.lokSabha(2024),
          House.LOK_SABHA,
          ElectionKind.GENERAL,
          "General Election to the 18th Lok Sabha",
          2024,
          null,
          "eci-results-2024.csv");

  public static final Election LS_1957 =
      new Election(
          ElectionId.lokSabha(1957),
          House.LOK_SABHA,
          ElectionKind.GENERAL,
          "General Election to the 2nd Lok Sabha",
          1957,
          null,
          "tcpd-ls.csv");

  public static final Election AE_WB_2021 =
      new Election(
          ElectionId.assembly("wb", 2021),
          House.VIDHAN_SABHA,
          ElectionKind.GENERAL,
          "West Bengal Legislative Assembly Election",
          2021,
          StateCode.of("S25"),
          "tcpd-ae-wb.csv");

  public static final Election BYE_WB_161_2022 =
      new Election(
          ElectionId.byElection(House.VIDHAN_SABHA, "wb", 161, 2022, 1),
          House.VIDHAN_SABHA,
          ElectionKind.BYE,
          "Ballygunge by-election",
          2022,
          StateCode.of("S25"),
          "news-reports-2022.csv");

  private Fixtures() {}

  /** A parliamentary constituency under the 2008 delimitation. */
  public static ConstituencyId pc(String state, int number) {
    return pc(state, number, 2008);
  }

  public static ConstituencyId pc(String state, int number, int delimitation) {
    return new ConstituencyId(
        House.LOK_SABHA, StateCode.of(state), number, Delimitation.of(delimitation));
  }

  /** An assembly constituency under the 2008 delimitation. */
  public static ConstituencyId ac(String state, int number) {
    return new ConstituencyId(
        House.VIDHAN_SABHA, StateCode.of(state), number, Delimitation.of(2008));
  }

  public static Votes.ByMode byMode(long evm, long postal) {
    return Votes.ByMode.of(evm, postal);
  }

  public static Votes.TotalOnly total(long total) {
    return new Votes.TotalOnly(total);
  }

  public static ImportBatch batch(String source, List<Election> elections, List<Contest> contests) {
    return new ImportBatch(source, sha256Of(source), elections, contests);
  }

  public static ImportBatch batch(List<Election> elections, Contest... contests) {
    return batch("test.csv", elections, List.of(contests));
  }

  /** A stand-in content hash: 64 hex digits derived from the name. */
  private static String sha256Of(String source) {
    return String.format("%064x", source.hashCode() & 0xffffffffL);
  }
}
