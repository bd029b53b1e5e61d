package org.janadesh.server.elections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

class ElectionsApiTest {
  private static final Client client = BundledServer.client();

  @Test
  void listsTheGeneralElectionsWithSeatsAsTheCliContractHasThem() throws IOException {
    HttpResponse<String> res = client.get("/api/v1/elections");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/json");
    JsonNode ls2024 =
        java.util.stream.StreamSupport.stream(
                Json.mapper().readTree(res.body()).get("elections").spliterator(), false)
            .filter(e -> e.get("election").asText().equals("ls-2024"))
            .findFirst()
            .orElseThrow();
    assertThat(ls2024.get("seats").asInt()).isEqualTo(543);
  }

  @Test
  void answersNotModifiedToTheETagItGaveAndLongCachingForAFinishedArchive() {
    HttpResponse<String> first = client.get("/api/v1/elections");
    String etag = first.headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again =
        client.send(client.request("/api/v1/elections").header("If-None-Match", etag).build());
    HttpResponse<String> stale =
        client.send(
            client.request("/api/v1/elections").header("If-None-Match", "\"other\"").build());

    assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=86400");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("etag")).hasValue(etag);
    assertThat(stale.statusCode()).isEqualTo(200);
  }

  @Test
  void gzipsForAClientThatAcceptsItAndTheBytesUnpackToThePlainBody() throws IOException {
    HttpResponse<byte[]> packed =
        client.sendForBytes(
            client.request("/api/v1/elections").header("Accept-Encoding", "gzip").build());
    String plain = client.get("/api/v1/elections").body();

    assertThat(packed.headers().firstValue("content-encoding")).hasValue("gzip");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(plain);
    }
  }

  @Test
  void anUnknownApiPathIsAProblemDocument() throws IOException {
    HttpResponse<String> res = client.get("/api/v1/no-such-thing");

    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(Json.mapper().readTree(res.body()).get("status").asInt()).isEqualTo(404);
  }
}
