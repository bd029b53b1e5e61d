package org.janadesh.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.janadesh.server.http.Json;

/**
 * The CLI's approval files ({@code cli/src/test/resources/approved/}): a route that serves a CLI
 * JSON contract must answer exactly what the file pins. Tests run with the module as working
 * directory, so the sibling module's file is one level up.
 */
public final class Approved {
  private static final Path DIR = Path.of("..", "cli", "src", "test", "resources", "approved");

  private Approved() {}

  public static JsonNode json(String name) {
    try {
      return Json.mapper().readTree(DIR.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
