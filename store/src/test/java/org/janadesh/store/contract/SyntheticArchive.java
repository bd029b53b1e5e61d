package org.janadesh.store.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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

/**
 * Made-up elections of realistic shape from a seed: every outcome and votes variant, NOTA and
 * electors present or not, candidates listed out of serial order. The same seed gives the same
 * batch.
 */
public final class SyntheticArchive {
  private static final List<String> PARTIES =
      List.of("BJP", "INC", "CPI(M)", "AITC", "SP", "BSP", "DMK", "SHS(UBT)", "IND");

  private final Random random;

  private SyntheticArchive(long seed) {
    this.random = new Random(seed);
  }

  public static SyntheticArchive seeded(long seed) {
    return new SyntheticArchive(seed);
  }

  /** One Lok Sabha general election with {@code seats} contests. */
  public ImportBatch lokSabha(int year, int seats, int candidatesPerSeat) {
    Election election =
        new Election(
            ElectionId.lokSabha(year),
            House.LOK_SABHA,
            ElectionKind.GENERAL,
            "General Election " + year,
            year,
            null,
            "synthetic-ls-" + year + ".csv");
    List<Contest> contests = new ArrayList<>();
    for (int seat = 1; seat <= seats; seat++) {
      ConstituencyId pc =
          new ConstituencyId(
              House.LOK_SABHA, state(seat), seat, Delimitation.of(year >= 2008 ? 2008 : 1976));
      contests.add(contest(election.id(), pc, candidatesPerSeat));
    }
    return new ImportBatch(
        election.source(),
        "0".repeat(64),
        List.of(election),
        Collections.unmodifiableList(contests));
  }

  /**
   * About the shape of the whole archive: one Lok Sabha election, {@code assemblies} assembly
   * elections and {@code byElections} by-elections of one seat each.
   */
  public ImportBatch archive(
      int assemblies, int seatsPerAssembly, int candidatesPerSeat, int byElections) {
    List<Election> elections = new ArrayList<>();
    List<Contest> contests = new ArrayList<>();
    ImportBatch lokSabha = lokSabha(2024, 543, 16);
    elections.addAll(lokSabha.elections());
    contests.addAll(lokSabha.contests());
    for (int a = 0; a < assemblies; a++) {
      String abbreviation = "s" + (a % 36);
      int year = 1951 + a / 36;
      StateCode state = state(a % 36 + 1);
      Election election =
          new Election(
              ElectionId.assembly(abbreviation, year),
              House.VIDHAN_SABHA,
              ElectionKind.GENERAL,
              "Assembly election " + abbreviation + " " + year,
              year,
              state,
              "synthetic-ae.csv");
      elections.add(election);
      for (int seat = 1; seat <= seatsPerAssembly; seat++) {
        ConstituencyId ac =
            new ConstituencyId(House.VIDHAN_SABHA, state, seat, Delimitation.of(2008));
        contests.add(contest(election.id(), ac, candidatesPerSeat));
      }
    }
    for (int b = 0; b < byElections; b++) {
      StateCode state = state(b % 36 + 1);
      int seat = b / 36 % 200 + 1;
      int year = 1960 + b / 36 / 200;
      ElectionId id =
          ElectionId.byElection(House.VIDHAN_SABHA, "s" + (b % 36), seat, year, b / 36 / 200 + 1);
      Election election =
          new Election(
              id,
              House.VIDHAN_SABHA,
              ElectionKind.BYE,
              "By-election " + id,
              year,
              state,
              "synthetic-bye.csv");
      elections.add(election);
      ConstituencyId ac =
          new ConstituencyId(House.VIDHAN_SABHA, state, seat, Delimitation.of(2008));
      contests.add(contest(id, ac, Math.max(2, candidatesPerSeat / 2)));
    }
    return new ImportBatch("synthetic-archive", "f".repeat(64), elections, contests);
  }

  /** A contest whose outcome, votes and NOTA vary from call to call. */
  public Contest contest(ElectionId election, ConstituencyId constituency, int candidates) {
    ContestBuilder builder =
        ContestBuilder.contest(election, constituency, "Seat " + constituency.number());
    int kind = random.nextInt(20);
    if (kind == 0) {
      return builder.candidate(1, name(), party()).uncontested();
    }
    if (kind == 1) {
      builder.candidate(2, name(), party());
      if (random.nextBoolean()) {
        builder.candidate(1, name(), party());
      }
      return builder.winnersOnly();
    }
    boolean byMode = kind % 2 == 0;
    List<Integer> serials = new ArrayList<>();
    for (int serial = 1; serial <= candidates; serial++) {
      serials.add(serial);
    }
    Collections.shuffle(serials, random);
    for (int serial : serials) {
      builder.candidate(serial, name(), party(), votes(byMode));
    }
    switch (random.nextInt(3)) {
      case 0 -> builder.nota(null);
      case 1 -> builder.nota(votes(byMode));
      default -> builder.nota(votes(!byMode));
    }
    builder.electors(random.nextInt(4) == 0 ? null : 1_000_000L + random.nextInt(1_000_000));
    if (random.nextInt(10) == 0) {
      builder.incomplete();
    }
    return builder.polled();
  }

  private Votes votes(boolean byMode) {
    long evm = random.nextInt(600_000);
    if (!byMode) {
      return new Votes.TotalOnly(evm);
    }
    return new Votes.ByMode(evm, random.nextInt(5_000), random.nextInt(50) == 0 ? 120 : 0);
  }

  private String name() {
    // A small pool of names, so that namesakes in one contest happen.
    return "Candidate " + (char) ('A' + random.nextInt(26)) + random.nextInt(40);
  }

  private String party() {
    return PARTIES.get(random.nextInt(PARTIES.size()));
  }

  private static StateCode state(int n) {
    int code = (n - 1) % 29 + 1;
    return StateCode.of(String.format("S%02d", code));
  }
}
