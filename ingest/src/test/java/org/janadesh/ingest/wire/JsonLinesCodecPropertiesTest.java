package org.janadesh.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.Tally;
import org.janadesh.core.election.ElectionId;

/** Whatever is encoded decodes to an equal update (and submission), for every kind. */
class JsonLinesCodecPropertiesTest {
  private final JsonLinesCodec codec = new JsonLinesCodec();

  @Property(tries = 2000)
  void decodingWhatWasEncodedGivesAnEqualUpdate(@ForAll("updates") CountingUpdate update) {
    String text = codec.encode(update);

    assertThat(text).doesNotContain("\n", "\r");
    assertThat(codec.decode(text)).isEqualTo(update);
  }

  @Property(tries = 500)
  void aSubmissionLineReadsBackEqual(
      @ForAll("updates") CountingUpdate update,
      @ForAll("keys") String key,
      @ForAll("instants") Instant published) {
    Submission s =
        new Submission(
            ElectionId.lokSabha(2024),
            WireSamples.FAIZABAD,
            published,
            published.plusMillis(1234),
            key,
            update);

    assertThat(CountingLines.parse("p", 1, CountingLines.line(s)))
        .isEqualTo(new CountingLines.Parsed.Good(s));
  }

  @Property(tries = 1000)
  void aTallyWrittenAsOneRawValueIsTheTextTheGeneratorWritesFieldByField(
      @ForAll("tallies") Tally tally) {
    String raw = UpdateJson.tallyText("evm", tally, false);

    assertThat(raw).isEqualTo(UpdateJson.tallyText("evm", tally, true));
    assertThat(raw).startsWith("{\"evm\":{\"candidates\":{").endsWith("}}");
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(k -> !k.isBlank());
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(0, 4_000_000_000_000L)
        .map(Instant::ofEpochMilli)
        .map(i -> i.plusNanos(7));
  }

  @Provide
  Arbitrary<CountingUpdate> updates() {
    return Arbitraries.oneOf(content(), corrections());
  }

  private Arbitrary<CountingUpdate> corrections() {
    Arbitrary<CountingUpdate.Target> targets =
        Arbitraries.oneOf(
            Arbitraries.longs()
                .between(1, Long.MAX_VALUE)
                .map(CountingUpdate.Target.BySequence::new),
            keys().map(CountingUpdate.Target.ByKey::new));
    return Combinators.combine(targets, content()).as(CountingUpdate.Correction::new);
  }

  private Arbitrary<CountingUpdate> content() {
    Arbitrary<Integer> serials = Arbitraries.integers().between(1, Integer.MAX_VALUE);
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(1, 40),
                tallies(),
                tallies().injectNull(0.3))
            .as(CountingUpdate.RoundCounted::new),
        tallies().map(CountingUpdate.PostalCounted::new),
        Combinators.combine(tallies(), tallies()).as(CountingUpdate.CountReported::new),
        Combinators.combine(serials, Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as(CountingUpdate.ResultDeclared::new),
        reasons().map(CountingUpdate.CountingAdjourned::new),
        Arbitraries.just(new CountingUpdate.CountingResumed()),
        reasons().map(CountingUpdate.PollCountermanded::new),
        serials.map(CountingUpdate.UncontestedReturn::new));
  }

  private Arbitrary<String> reasons() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(60).filter(r -> !r.isBlank());
  }

  @Provide
  Arbitrary<Tally> tallies() {
    Arbitrary<Map<Integer, Long>> votes =
        Arbitraries.maps(
                Arbitraries.integers().between(1, 60),
                Arbitraries.longs().between(0, Long.MAX_VALUE))
            .ofMaxSize(12);
    return Combinators.combine(votes, Arbitraries.longs().between(0, Long.MAX_VALUE)).as(Tally::of);
  }
}
