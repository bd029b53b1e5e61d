package org.janadesh.cli.render;

/** How a command writes its answer: a table for people, CSV or JSON for machines. */
public enum Format {
  TABLE,
  JSON,
  CSV
}
