package org.janadesh.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.janadesh.server.ApiServer;
import org.janadesh.server.Archive;
import org.janadesh.server.Client;
import org.janadesh.server.Newsroom;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  private static final Pattern ROUTE_ROW =
      Pattern.compile("^\\| `(GET|POST|PUT|DELETE) /api/v1(/[^`\\[?]*)", Pattern.MULTILINE);

  @Test
  void everyApiRouteInTheDocsIsInTheOpenApiDocumentAndNothingElse() throws IOException {
    ObjectNode doc = OpenApiDocument.assemble("test");

    Set<String> documented = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      path.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + path.getKey()));
    }
    Set<String> inDocs = new TreeSet<>();
    Matcher row = ROUTE_ROW.matcher(Files.readString(Path.of("..", "docs", "api.md")));
    while (row.find()) {
      inDocs.add(row.group(1).toLowerCase(Locale.ROOT) + " " + row.group(2));
    }

    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(documented).isEqualTo(inDocs);
  }

  @Test
  void everySchemaReferenceResolves() {
    ObjectNode doc = OpenApiDocument.assemble("test");
    JsonNode schemas = doc.get("components").get("schemas");

    doc.findValues("$ref")
        .forEach(
            ref ->
                assertThat(schemas.has(ref.asText().replace("#/components/schemas/", "")))
                    .as(ref.asText())
                    .isTrue());
  }

  @Test
  void theServerServesTheDocumentWithAnETag() throws IOException {
    try (Newsroom newsroom = Newsroom.open(Archive.bundled());
        ApiServer server = ApiServer.start(newsroom, "127.0.0.1", 0)) {
      var res = new Client(server.port()).get("/api/v1/openapi.json");

      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("etag")).isPresent();
      assertThat(Json.mapper().readTree(res.body()).get("paths").has("/elections")).isTrue();
    }
  }
}
