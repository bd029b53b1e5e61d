package org.janadesh.ingest.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.UpdateCodec;

/**
 * The counting log's {@link UpdateCodec}: an update as one line of JSON, {@code kind} first, as in
 * the JSON-lines wire format without the envelope. Format version 1 (no upcasting needed yet).
 */
public final class JsonLinesCodec implements UpdateCodec {
  @Override
  public String encode(CountingUpdate update) {
    return CountingLines.text(
        out -> {
          out.writeStartObject();
          UpdateJson.write(update, out);
          out.writeEndObject();
        });
  }

  /**
   * The update in {@code text}; an {@link IllegalArgumentException} naming the field and the reason
   * otherwise.
   */
  @Override
  public CountingUpdate decode(String text) {
    JsonNode node;
    try {
      node = CountingLines.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("line: not JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return UpdateJson.read(Fields.of(node, ""), Set.of());
    } catch (WireProblem p) {
      throw new IllegalArgumentException(p.field() + ": " + p.getMessage(), p);
    }
  }
}
