package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fold moves a seat's reading of its log on by one event and re-reads the whole log only for a
 * correction; these properties check that this always gives what re-deriving from the whole log
 * gives, over messy days with corrections of every kind of count, adjournments and resumptions.
 */
class IncrementalFoldPropertiesTest {

  /** {@link CountingPropertiesTest#messyDay} with more noise: adjournments, postal corrections. */
  static List<Submission> messierDay(long seed) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<Submission> out = new ArrayList<>();
    int noise = 0;
    for (Submission s : CountingPropertiesTest.messyDay(seed)) {
      out.add(s);
      int roll = random.nextInt(12);
      noise++;
      if (roll == 0) {
        out.add(like(s, "adjourn-" + noise, new CountingUpdate.CountingAdjourned("the night")));
        if (random.nextBoolean()) {
          out.add(like(s, "resume-" + noise, new CountingUpdate.CountingResumed()));
        }
      } else if (roll == 1 && s.update() instanceof CountingUpdate.PostalCounted p) {
        Map<Integer, Long> more = new HashMap<>(p.postal().candidates());
        more.replaceAll((serial, v) -> v + random.nextInt(50));
        out.add(
            like(
                s,
                "postal-fix-" + noise,
                new CountingUpdate.Correction(
                    new CountingUpdate.Target.ByKey(s.key()),
                    new CountingUpdate.PostalCounted(Tally.of(more, p.postal().nota())))));
      } else if (roll == 2 && s.update() instanceof CountingUpdate.ResultDeclared d) {
        out.add(
            like(
                s,
                "declared-fix-" + noise,
                new CountingUpdate.Correction(
                    new CountingUpdate.Target.ByKey(s.key()),
                    new CountingUpdate.ResultDeclared(d.winnerSerial(), true, false))));
      }
    }
    return out;
  }

  private static Submission like(Submission s, String suffix, CountingUpdate u) {
    return new Submission(
        s.election(),
        s.constituency(),
        s.published(),
        s.received().plusSeconds(2),
        s.key() + ":" + suffix,
        u);
  }

  @Property(tries = 80)
  void incrementalFoldEqualsTheFullRederivationAfterEveryEvent(@ForAll long seed) {
    ElectionCount count = ElectionCount.start(CountingPropertiesTest.NOMINATIONS);
    for (Submission s : messierDay(seed)) {
      ElectionCount.Step step = count.submit(s, count.sequence() + 1);
      count = step.count();
      if (step.logged().orElse(null) instanceof CountingEvent e) {
        SeatCount seat = count.seat(e.submission().constituency()).orElseThrow();
        Effective full = Effective.of(seat.log());

        assertThat(seat.effective()).isEqualTo(full);
        assertThat(seat.status()).isEqualTo(full.status(seat.nominees()));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void messierDaysAcceptCorrectionsOfEveryKindAndAdjournments() {
    List<CountingUpdate> accepted = new ArrayList<>();
    for (long seed = 1; seed <= 30; seed++) {
      ElectionCount count = ElectionCount.start(CountingPropertiesTest.NOMINATIONS);
      for (Submission s : messierDay(seed)) {
        ElectionCount.Step step = count.submit(s, count.sequence() + 1);
        count = step.count();
        if (step.decision() instanceof Decision.Accepted a) {
          accepted.add(a.submission().update());
        }
      }
    }

    assertThat(accepted)
        .anyMatch(
            u ->
                u instanceof CountingUpdate.Correction c
                    && c.corrected() instanceof CountingUpdate.PostalCounted)
        .anyMatch(
            u ->
                u instanceof CountingUpdate.Correction c
                    && c.corrected() instanceof CountingUpdate.RoundCounted)
        .anyMatch(u -> u instanceof CountingUpdate.CountingAdjourned)
        .anyMatch(u -> u instanceof CountingUpdate.CountingResumed);
  }

  @org.junit.jupiter.api.Test
  void aSeatBuiltFromItsWholeLogEqualsTheFoldedOne() {
    ElectionCount count = CountingPropertiesTest.run(messierDay(7)).count();
    for (SeatCount seat : count.seats()) {
      SeatCount rebuilt =
          new SeatCount(seat.constituency(), seat.nominees(), seat.log(), seat.status());

      assertThat(rebuilt).isEqualTo(seat).hasSameHashCodeAs(seat);
      assertThat(rebuilt.effective()).isEqualTo(seat.effective());
    }
  }
}
