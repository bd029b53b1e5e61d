package org.janadesh.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.janadesh.server.http.Json;

/**
 * Builds the OpenAPI document from the features' fragments ({@code paths-FEATURE.json}: an object
 * with {@code paths} and optional {@code schemas} and {@code securitySchemes}). A fragment that is
 * missing, or a path or schema documented twice, is a build error caught by the tests, not a
 * silently thinner document.
 */
public final class OpenApiDocument {
  /** One fragment per feature package that serves routes under {@code /api/v1}. */
  static final List<String> FEATURES = List.of("core", "archive", "people", "live");

  private OpenApiDocument() {}

  public static ObjectNode assemble(String version) {
    ObjectNode doc = Json.object();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Janadesh API");
    info.put("version", version);
    info.put(
        "description",
        "Indian election results: the archive of finished elections and live counts. Field names"
            + " follow the CLI's JSON contracts (docs/json-contracts.md). Answers from a test"
            + " count carry \"test\": true and are not real results.");
    doc.putArray("servers").addObject().put("url", "/api/v1");
    ObjectNode paths = doc.putObject("paths");
    ObjectNode components = doc.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode securitySchemes = components.putObject("securitySchemes");
    for (String feature : FEATURES) {
      JsonNode fragment = read(feature);
      copyInto(paths, fragment.path("paths"), feature);
      copyInto(schemas, fragment.path("schemas"), feature);
      copyInto(securitySchemes, fragment.path("securitySchemes"), feature);
    }
    return doc;
  }

  private static void copyInto(ObjectNode target, JsonNode source, String feature) {
    Iterator<Map.Entry<String, JsonNode>> fields = source.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (target.has(field.getKey())) {
        throw new IllegalStateException(
            "OpenAPI: " + field.getKey() + " is documented twice (again in " + feature + ")");
      }
      target.set(field.getKey(), field.getValue());
    }
  }

  private static JsonNode read(String feature) {
    String name = "paths-" + feature + ".json";
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenAPI fragment " + name + " is missing");
      }
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("OpenAPI fragment " + name + " is not JSON", e);
    }
  }
}
