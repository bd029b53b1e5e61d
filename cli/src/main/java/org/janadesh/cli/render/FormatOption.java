package org.janadesh.cli.render;

import picocli.CommandLine.Option;

/** The {@code --format table|json|csv} option shared by every command that answers. */
public final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.TABLE;

  public Format format() {
    return format;
  }

  /** Accepts the format in any case. */
  public static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
  }
}
