package org.janadesh.ingest.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.Tally;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;

/** One submission of every kind, for Faizabad (S24 PC 54) on 4 June 2024. */
final class WireSamples {
  static final ConstituencyId FAIZABAD =
      new ConstituencyId(House.LOK_SABHA, StateCode.of("S24"), 54, Delimitation.of(2008));
  static final Instant NINE_AM = Instant.parse("2024-06-04T03:30:00Z");

  private WireSamples() {}

  static Tally tally(long a, long b, long c, long nota) {
    return Tally.of(Map.of(1, a, 2, b, 3, c), nota);
  }

  static List<CountingUpdate> updates() {
    Tally postal = tally(740, 720, 60, 7);
    Tally evm = tally(30_000, 31_000, 2_000, 400);
    return List.of(
        new CountingUpdate.PostalCounted(postal),
        new CountingUpdate.RoundCounted(1, 20, evm, evm.plus(postal)),
        new CountingUpdate.RoundCounted(2, 20, tally(60_000, 61_000, 4_000, 800), null),
        new CountingUpdate.CountReported(evm, postal),
        new CountingUpdate.ResultDeclared(1, false, false),
        new CountingUpdate.Correction(
            new CountingUpdate.Target.BySequence(2),
            new CountingUpdate.RoundCounted(1, 20, evm, null)),
        new CountingUpdate.Correction(
            new CountingUpdate.Target.ByKey("eci:S24-54:postal"),
            new CountingUpdate.PostalCounted(tally(741, 720, 60, 7))),
        new CountingUpdate.CountingAdjourned("violence at the counting centre"),
        new CountingUpdate.CountingResumed(),
        new CountingUpdate.PollCountermanded("death of a candidate"),
        new CountingUpdate.UncontestedReturn(1));
  }

  static List<Submission> submissions() {
    List<CountingUpdate> updates = updates();
    return java.util.stream.IntStream.range(0, updates.size())
        .mapToObj(
            i ->
                new Submission(
                    ElectionId.lokSabha(2024),
                    FAIZABAD,
                    NINE_AM.plusSeconds(600L * i),
                    NINE_AM.plusSeconds(600L * i + 4),
                    "sample:" + (i + 1),
                    updates.get(i)))
        .toList();
  }
}
