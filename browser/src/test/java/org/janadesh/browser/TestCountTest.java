package org.janadesh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live browser tests' setup works today, before the routes it feeds exist. */
class TestCountTest {
  @Test
  void aReplayOfOneStateMakesATestCountOfLs2024(@TempDir Path dir) {
    Path db = Archive.copyTo(dir);

    assertThat(TestCount.replay(db, "browser", "S01")).isEqualTo("ls-2024#browser");
  }

  @Test
  void faizabadsFirstEventIsOneWireObjectForUttarPradeshSeat54() throws Exception {
    JsonNode event =
        new ObjectMapper().readTree(TestCount.firstEventOf(Archive.bundled(), "S24", 54));

    assertThat(event.get("election").asText()).isEqualTo("ls-2024");
    assertThat(event.at("/constituency/state").asText()).isEqualTo("S24");
    assertThat(event.at("/constituency/number").asInt()).isEqualTo(54);
    assertThat(event.get("kind").asText()).isIn("PostalCounted", "RoundCounted", "CountReported");
  }

  @Test
  void aCountIdIsPercentEncodedInPagePathsAsTheUrlContractSays() {
    assertThat(Pages.events("ls-2024#browser"))
        .isEqualTo("/api/v1/elections/ls-2024%23browser/events");
    assertThat(Pages.dashboard("ls-2024#browser")).isEqualTo("/?count=ls-2024%23browser");
  }
}
