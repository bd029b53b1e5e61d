package org.janadesh.core.counting;

/**
 * Writes a counting update as text and reads it back: the port through which the durable log stores
 * updates without knowing their shape. The JSON-lines wire format implements it (ingest); decoding
 * what was encoded gives an equal update, and a stored text of an older version must still decode
 * (an upcaster's job, inside the implementation).
 */
public interface UpdateCodec {
  /** The update as one line of text (no line breaks). */
  String encode(CountingUpdate update);

  /**
   * The update a line of text holds; an {@link IllegalArgumentException} naming the field and the
   * reason when the text is not a valid update.
   */
  CountingUpdate decode(String text);
}
