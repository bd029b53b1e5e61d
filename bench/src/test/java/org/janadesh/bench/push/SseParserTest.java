package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {
  private final List<SseEvent> events = new ArrayList<>();
  private final SseParser parser = new SseParser(events::add);

  private void feed(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    parser.feed(bytes, 0, bytes.length);
  }

  @Test
  void anEventWithIdNameAndDataIsDispatchedAtTheBlankLine() {
    feed("id: 42\nevent: round\ndata: {\"seq\":42}\n");
    assertThat(events).isEmpty();

    feed("\n");

    assertThat(events).containsExactly(new SseEvent("42", "round", "{\"seq\":42}"));
  }

  @Test
  void heartbeatCommentsDispatchNothingAndAreCounted() {
    feed(": heartbeat\n\n:\n\n");

    assertThat(events).isEmpty();
    assertThat(parser.comments()).isEqualTo(2);
  }

  @Test
  void severalDataLinesJoinWithNewlinesAndANamelessEventIsAMessage() {
    feed("data: first\ndata:second\n\n");

    assertThat(events).containsExactly(new SseEvent(null, "message", "first\nsecond"));
  }

  @Test
  void crLfAndLoneCrEndLinesLikeLf() {
    feed("id: 1\r\ndata: a\r\n\r\nid: 2\rdata: b\r\r");

    assertThat(events)
        .containsExactly(new SseEvent("1", "message", "a"), new SseEvent("2", "message", "b"));
  }

  @Test
  void anEventSplitAtEveryByteIncludingInsideACharacterArrivesWhole() {
    byte[] bytes =
        "id: 7\r\nevent: declared\r\ndata: फ़ैज़ाबाद 54,567\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8);

    for (int i = 0; i < bytes.length; i++) {
      parser.feed(bytes, i, 1);
    }

    assertThat(events).containsExactly(new SseEvent("7", "declared", "फ़ैज़ाबाद 54,567"));
  }

  @Test
  void theIdCarriesOverToLaterEventsWithoutOneAndAnEmptyDataLineStillDispatches() {
    feed("id: 9\ndata: x\n\ndata\n\n");

    assertThat(events)
        .containsExactly(new SseEvent("9", "message", "x"), new SseEvent("9", "message", ""));
    assertThat(parser.lastId()).isEqualTo("9");
  }

  @Test
  void fieldsWithoutDataDispatchNothingAndUnknownFieldsAreIgnored() {
    feed("id: 3\nevent: round\nretry: 1000\nfoo: bar\n\n");

    assertThat(events).isEmpty();
    assertThat(parser.lastId()).isEqualTo("3");
  }

  @Test
  void aStreamCutIntoTwoReadsAtAnyPointGivesTheSameEventsAsInOneRead() {
    byte[] bytes =
        "id: 1\r\ndata: a\r\n\r\nid: 2\rdata: b\r\r: beat\n\nid: 3\ndata: c\n\n"
            .getBytes(StandardCharsets.UTF_8);
    parser.feed(bytes, 0, bytes.length);
    List<SseEvent> whole = List.copyOf(events);

    for (int cut = 0; cut <= bytes.length; cut++) {
      List<SseEvent> pieces = new ArrayList<>();
      SseParser twice = new SseParser(pieces::add);
      twice.feed(bytes, 0, cut);
      twice.feed(bytes, cut, bytes.length - cut);

      assertThat(pieces).as("cut at %d", cut).isEqualTo(whole);
      assertThat(twice.comments()).isEqualTo(1);
    }
    assertThat(whole).extracting(SseEvent::id).containsExactly("1", "2", "3");
  }
}
