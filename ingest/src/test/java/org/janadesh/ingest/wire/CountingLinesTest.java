package org.janadesh.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountingLinesTest {
  private static final String APPROVED = "counting-events.jsonl";

  @Test
  void everyKindOfUpdateIsWrittenAsTheApprovedLine() throws IOException {
    StringWriter out = new StringWriter();
    CountingLines.write(out, WireSamples.submissions());

    String approved = approved(APPROVED);
    if (!approved.equals(out.toString())) {
      Path actual = Path.of("target", "approved-actual", APPROVED);
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, out.toString(), StandardCharsets.UTF_8);
    }
    assertThat(out.toString()).isEqualTo(approved);
  }

  @Test
  void theApprovedLinesReadBackToTheSameSubmissions() throws IOException {
    CountingLines.Read read =
        CountingLines.read(
            APPROVED,
            new java.io.ByteArrayInputStream(approved(APPROVED).getBytes(StandardCharsets.UTF_8)));

    assertThat(read.rejections()).isEmpty();
    assertThat(read.submissions()).isEqualTo(WireSamples.submissions());
  }

  @Test
  void aFileWrittenIsReadBackWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("day.jsonl");
    CountingLines.write(file, WireSamples.submissions());

    assertThat(CountingLines.read(file).submissions()).isEqualTo(WireSamples.submissions());
  }

  @Test
  void everyBadLineIsARejectionWithItsLineAndFieldAndTheGoodLinesAreKept() {
    List<Submission> samples = WireSamples.submissions();
    String good = CountingLines.line(samples.get(0));
    String round = CountingLines.line(samples.get(1));
    String text =
        String.join(
            "\n",
            good,
            "{not json",
            round.replace("\"round\":1", "\"round\":0"),
            round.replace("\"nota\":407", "\"nota\":-1"),
            round.replace("\"nota\":407", "\"nota\":\"407\""),
            good.replace("PostalCounted", "PostalCount"),
            good.replace("\"key\":\"sample:1\",", ""),
            good.replace("2024-06-04T03:30:00Z", "4 June 2024"),
            good.replace("\"postal\":", "\"postl\":"),
            good.replace("\"S24\"", "\"UP\""),
            good.replace("{\"1\":740", "{\"NOTA\":740"),
            "",
            round,
            "[1,2]");
    List<Submission> kept = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();

    CountingLines.read("day.jsonl", new StringReader(text), kept::add, rejected::add);

    assertThat(kept).containsExactly(samples.get(0), samples.get(1));
    assertThat(rejected)
        .extracting(Rejection::line, Rejection::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "line"),
            org.assertj.core.groups.Tuple.tuple(3L, "round"),
            org.assertj.core.groups.Tuple.tuple(4L, "total.nota"),
            org.assertj.core.groups.Tuple.tuple(5L, "total.nota"),
            org.assertj.core.groups.Tuple.tuple(6L, "kind"),
            org.assertj.core.groups.Tuple.tuple(7L, "key"),
            org.assertj.core.groups.Tuple.tuple(8L, "published"),
            org.assertj.core.groups.Tuple.tuple(9L, "postl"),
            org.assertj.core.groups.Tuple.tuple(10L, "constituency.state"),
            org.assertj.core.groups.Tuple.tuple(11L, "postal.candidates.NOTA"),
            org.assertj.core.groups.Tuple.tuple(14L, "line"));
    assertThat(rejected).allSatisfy(r -> assertThat(r.file()).isEqualTo("day.jsonl"));
    assertThat(rejected.get(4).reason()).contains("unknown kind 'PostalCount'");
    assertThat(rejected.get(5).reason()).isEqualTo("key is missing");
  }

  @Test
  void aDuplicatedFieldIsRejectedNotSilentlyOverwritten() {
    String good = CountingLines.line(WireSamples.submissions().get(4));
    String twice = good.replace("\"winner\":1", "\"winner\":1,\"winner\":2");

    assertThat(CountingLines.parse("x", 1, twice))
        .isInstanceOfSatisfying(
            CountingLines.Parsed.Bad.class,
            b -> assertThat(b.rejection().reason()).contains("Duplicate field 'winner'"));
  }

  @Test
  void aCorrectionOfACorrectionIsRejectedOnTheWire() {
    String line =
        "{\"kind\":\"Correction\",\"target\":{\"sequence\":3},\"corrected\":{\"kind\":\"Correction\","
            + "\"target\":{\"sequence\":2},\"corrected\":{\"kind\":\"CountingResumed\"}}}";

    assertThatThrownBy(() -> new JsonLinesCodec().decode(line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("corrected.kind: CNT-9");
  }

  @Test
  void theCodecNamesTheFieldOfABadUpdate() {
    JsonLinesCodec codec = new JsonLinesCodec();
    assertThatThrownBy(() -> codec.decode("{\"kind\":\"UncontestedReturn\",\"serial\":0}"))
        .hasMessage("serial: serial must be 1 or more: 0");
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"kind\":\"Correction\",\"target\":{},\"corrected\":{\"kind\":\"CountingResumed\"}}"))
        .hasMessageContaining("exactly one of sequence or key");
    assertThatThrownBy(() -> codec.decode("nope")).hasMessageStartingWith("line: not JSON");
  }

  @Test
  void theCodecWritesOneLinePerUpdateKindFirst() {
    JsonLinesCodec codec = new JsonLinesCodec();
    for (CountingUpdate u : WireSamples.updates()) {
      String text = codec.encode(u);
      assertThat(text).doesNotContain("\n").startsWith("{\"kind\":\"" + u.kind() + "\"");
      assertThat(codec.decode(text)).isEqualTo(u);
    }
  }

  private static String approved(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            CountingLinesTest.class.getResourceAsStream("/approved/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
