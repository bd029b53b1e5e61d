package org.janadesh.store.contract;

import static org.janadesh.store.contract.ContestBuilder.contest;
import static org.janadesh.store.contract.Fixtures.LS_2024;
import static org.janadesh.store.contract.Fixtures.byMode;
import static org.janadesh.store.contract.Fixtures.pc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.synthetic.SyntheticCount;
import org.janadesh.core.result.Contest;

/** Elections to count in the counting log's tests: three named PCs, or any number made up. */
public final class CountingFixtures {
  /** Counting day 2024 began at 08:00 IST. */
  public static final Instant COUNTING_DAY = Instant.parse("2024-06-04T02:30:00Z");

  public static final Contest AURANGABAD_BIHAR =
      contest(LS_2024.id(), pc("S04", 39), "Aurangabad")
          .candidate(1, "Abhay Kumar Sinha", "RJD", byMode(460_000, 5_567))
          .candidate(2, "Sushil Kumar Singh", "BJP", byMode(380_000, 5_498))
          .candidate(3, "Naresh Yadav", "BSP", byMode(39_000, 120))
          .nota(byMode(17_000, 190))
          .polled();

  public static final Contest AURANGABAD_MAHARASHTRA =
      contest(LS_2024.id(), pc("S13", 19), "Aurangabad")
          .candidate(1, "Sandipanrao Bhumre", "SHS", byMode(470_000, 6_130))
          .candidate(2, "Imtiaz Jaleel", "AIMIM", byMode(336_000, 2_000))
          .candidate(3, "Chandrakant Khaire", "SHS(UBT)", byMode(291_000, 2_500))
          .nota(byMode(5_000, 47))
          .polled();

  public static final Contest FAIZABAD =
      contest(LS_2024.id(), pc("S24", 54), "Faizabad")
          .candidate(1, "Awadhesh Prasad", "SP", byMode(550_000, 4_289))
          .candidate(2, "Lallu Singh", "BJP", byMode(496_000, 3_722))
          .candidate(3, "Sachchidanand Pandey", "BSP", byMode(46_000, 407))
          .nota(byMode(5_000, 100))
          .polled();

  public static final List<Contest> THREE_SEATS =
      List.of(AURANGABAD_BIHAR, AURANGABAD_MAHARASHTRA, FAIZABAD);

  private CountingFixtures() {}

  public static Nominations nominations(List<Contest> contests) {
    return Nominations.from(LS_2024.id(), contests);
  }

  /**
   * The synthetic counting days of {@code contests} (seed {@code seed}, {@code rounds} rounds each)
   * merged in the order they were received, as one desk would take them in.
   */
  public static List<Submission> countingDay(List<Contest> contests, long seed, int rounds) {
    List<Submission> day = new ArrayList<>();
    for (Contest c : contests) {
      day.addAll(SyntheticCount.of(c, seed, COUNTING_DAY, rounds));
    }
    day.sort(Comparator.comparing(Submission::received));
    return List.copyOf(day);
  }

  /**
   * {@code seats} made-up PCs of ls-2024 with {@code candidates} candidates each, spread over the
   * states: enough seats to make a log of any size.
   */
  public static List<Contest> madeUp(int seats, int candidates, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Contest> contests = new ArrayList<>();
    for (int i = 0; i < seats; i++) {
      String state = String.format(java.util.Locale.ROOT, "S%02d", i % 29 + 1);
      ContestBuilder b = contest(LS_2024.id(), pc(state, i / 29 + 1), "Seat " + (i + 1));
      for (int serial = 1; serial <= candidates; serial++) {
        b.candidate(
            serial,
            "Candidate " + serial,
            "P" + serial,
            byMode(random.nextLong(1_000, 600_000), random.nextLong(0, 6_000)));
      }
      contests.add(
          b.nota(byMode(random.nextLong(1_000, 20_000), random.nextLong(0, 100))).polled());
    }
    return List.copyOf(contests);
  }
}
