package org.janadesh.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;
import org.janadesh.server.Archive;
import org.janadesh.server.http.Json;
import org.janadesh.store.sqlite.SqliteArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled map joins the 2024 seats by state code and PC number, except where redrawn. */
class PcMapTest {
  private static final String MAP = "/org/janadesh/data/geo/pc_2008_web.json.gz";

  @Test
  void every2024SeatOutsideAssamAndJammuKashmirHasAPolygonByStateAndNumber() throws IOException {
    JsonNode map = map();
    Set<String> joinable = new HashSet<>();
    for (JsonNode f : map.get("features")) {
      JsonNode p = f.get("properties");
      if (!p.get("st").isNull() && !p.get("redrawn").asBoolean()) {
        assertThat(joinable.add(p.get("st").asText() + "/" + p.get("pc").asInt()))
            .as("one polygon per seat: %s", p)
            .isTrue();
      }
    }
    List<Contest> contests;
    try (SqliteArchive archive = SqliteArchive.open(Archive.bundled())) {
      contests = archive.contests(ElectionId.of("ls-2024"));
    }
    List<String> unmatched = new ArrayList<>();
    for (Contest c : contests) {
      String key = c.constituency().state().value() + "/" + c.constituency().number();
      if (!joinable.contains(key)) {
        unmatched.add(key);
      }
    }

    assertThat(contests).hasSize(543);
    // Assam (2023 order) and J&K (2022 order) were redrawn after the map's 2008 delimitation
    assertThat(unmatched)
        .containsExactlyInAnyOrder(
            "S03/1", "S03/2", "S03/3", "S03/4", "S03/5", "S03/6", "S03/7", "S03/8", "S03/9",
            "S03/10", "S03/11", "S03/12", "S03/13", "S03/14", "U08/1", "U08/2", "U08/3", "U08/4",
            "U08/5");
    assertThat(joinable).hasSize(543 - 19);
  }

  @Test
  void redrawnStatesAreFlaggedSoThePagesDoNotColourThemByNumber() throws IOException {
    List<String> redrawn = new ArrayList<>();
    for (JsonNode f : map().get("features")) {
      if (f.get("properties").get("redrawn").asBoolean()) {
        redrawn.add(f.get("properties").get("st").asText());
      }
    }

    assertThat(redrawn).hasSize(14 + 5).containsOnly("S03", "U08");
  }

  @Test
  void theMapIsSmallEnoughForAPhone() throws IOException {
    assertThat(bundled().length).isLessThan(400_000);
  }

  @Test
  void douglasPeuckerDropsAPointThatBarelyBendsTheLine() {
    double[][] square = {{0, 0}, {0.5, 0.001}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};

    long[][] simplified = PcMapTool.simplifyRing(square);

    assertThat(simplified).hasNumberOfRows(5);
    assertThat(simplified[1]).containsExactly(1000L, 0L);
  }

  /** Regenerates the map from TCPD's file when {@code -Djanadesh.geo.source=FILE} names it. */
  @Test
  void theToolReproducesTheBundledBytesFromTheSource() throws IOException {
    String source = System.getProperty("janadesh.geo.source");
    Assumptions.assumeTrue(source != null, "set -Djanadesh.geo.source to the TCPD GeoJSON");
    String states;
    try (InputStream in =
        Objects.requireNonNull(
            getClass().getResourceAsStream("/org/janadesh/data/registry/states.csv"))) {
      states = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    byte[] made = PcMapTool.simplify(Files.readAllBytes(Path.of(source)), states);

    assertThat(made).isEqualTo(bundled());
  }

  private static JsonNode map() throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bundled()))) {
      return Json.mapper().readTree(in);
    }
  }

  private static byte[] bundled() throws IOException {
    try (InputStream in = Objects.requireNonNull(PcMapTest.class.getResourceAsStream(MAP))) {
      return in.readAllBytes();
    }
  }
}
