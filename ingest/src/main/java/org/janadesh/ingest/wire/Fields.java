package org.janadesh.ingest.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a wire line, strictly: a missing, mistyped or unknown
 * field is a {@link WireProblem} naming its path, never a silent default.
 */
final class Fields {
  private final ObjectNode node;
  private final String path;

  private Fields(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static Fields of(JsonNode node, String path) {
    if (!(node instanceof ObjectNode object)) {
      throw new WireProblem(path.isEmpty() ? "line" : path, where(path) + " is not a JSON object");
    }
    return new Fields(object, path);
  }

  private static String where(String path) {
    return path.isEmpty() ? "the line" : path;
  }

  String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Every field of the object must be one of {@code known}: a misspelt field is an error. */
  void onlyKnown(Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new WireProblem(at(name), "unknown field '" + name + "'; expected one of " + known);
      }
    }
  }

  boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  JsonNode required(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw new WireProblem(at(name), at(name) + " is missing");
    }
    return v;
  }

  String text(String name) {
    JsonNode v = required(name);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new WireProblem(at(name), at(name) + " must be a non-blank string");
    }
    return v.asText();
  }

  long count(String name) {
    return count(required(name), at(name));
  }

  /** A whole number of votes (or a sequence): zero or more, no fraction, no quotes. */
  static long count(JsonNode v, String field) {
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
      throw new WireProblem(field, field + " must be a whole number, 0 or more: " + v);
    }
    return v.asLong();
  }

  int number(String name, int min) {
    long v = count(name);
    if (v < min || v > Integer.MAX_VALUE) {
      throw new WireProblem(at(name), at(name) + " must be " + min + " or more: " + v);
    }
    return (int) v;
  }

  boolean flag(String name) {
    if (!has(name)) {
      return false;
    }
    JsonNode v = node.get(name);
    if (!v.isBoolean()) {
      throw new WireProblem(at(name), at(name) + " must be true or false: " + v);
    }
    return v.asBoolean();
  }

  Instant instant(String name) {
    String text = text(name);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new WireProblem(
          at(name),
          at(name) + " is not an ISO-8601 instant like 2024-06-04T11:01:48Z: '" + text + "'");
    }
  }

  Iterator<java.util.Map.Entry<String, JsonNode>> entries() {
    return node.properties().iterator();
  }

  Fields object(String name) {
    return of(required(name), at(name));
  }
}
