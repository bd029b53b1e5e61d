package org.janadesh.ingest.source;

/** A row of a source as read: strings, plus the line it starts on. */
public interface WireRow {
  long line();
}
