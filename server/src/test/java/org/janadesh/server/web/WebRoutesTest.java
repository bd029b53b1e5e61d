package org.janadesh.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebRoutesTest {
  private static final Client client = BundledServer.client();

  @Test
  void theRootIsTheNationalDashboardAsHtml() {
    HttpResponse<String> res = client.get("/");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    assertThat(res.body()).contains("<main").contains("id=\"majority\"");
    assertThat(res.headers().firstValue("etag")).isPresent();
  }

  @Test
  void scriptsAndStylesCarryTheirOwnTypes() {
    assertThat(client.get("/js/dashboard.js").headers().firstValue("content-type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(client.get("/css/site.css").headers().firstValue("content-type"))
        .hasValue("text/css; charset=utf-8");
    assertThat(client.get("/state.html").statusCode()).isEqualTo(200);
  }

  @Test
  void aPageTheBrowserAlreadyHoldsIsNotSentAgain() {
    String etag = client.get("/index.html").headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again =
        client.send(client.request("/").header("If-None-Match", etag).build());

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void pagesAreGzippedForABrowserThatAcceptsIt() throws IOException {
    HttpResponse<byte[]> packed =
        client.sendForBytes(
            client.request("/js/dashboard.js").header("Accept-Encoding", "gzip").build());

    assertThat(packed.headers().firstValue("content-encoding")).hasValue("gzip");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(client.get("/js/dashboard.js").body());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../pom.xml",
        "/%2e%2e/%2e%2e/pom.xml",
        "/js/../../org/janadesh/server/ApiServer.class",
        "/..%2fweb/index.html",
        "/org/janadesh/data/PROVENANCE.md",
        "/js%5c..%5cindex.html",
        "/no-such-page.html"
      })
  void nothingOutsideTheWebFolderIsReachable(String path) {
    HttpResponse<String> res = client.get(path);

    assertThat(res.statusCode()).isIn(400, 404);
    assertThat(res.body()).doesNotContain("<project").doesNotContain("SHA-256");
  }

  @Test
  void theApiStillAnswersItsOwnMissingRoutesWithAProblem() throws IOException {
    HttpResponse<String> res = client.get("/api/v1/no-such-thing");

    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(Json.mapper().readTree(res.body()).get("detail").asText())
        .contains("no such resource");
  }

  @Test
  void theMapIsServedAsGeoJsonWithEveryPolygonOfTheSource() throws IOException {
    HttpResponse<String> res = client.get(WebRoutes.MAP_PATH);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/geo+json");
    JsonNode map = Json.mapper().readTree(res.body());
    assertThat(map.get("delimitation").asInt()).isEqualTo(2008);
    assertThat(map.get("features")).hasSize(545);
  }
}
