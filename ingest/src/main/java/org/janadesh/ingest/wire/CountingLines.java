package org.janadesh.ingest.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.janadesh.core.counting.Submission;
import org.janadesh.ingest.source.Rejection;

/**
 * Counting submissions as JSON lines (docs/data-formats.md, "Counting events (JSON lines)"): one
 * submission per line, UTF-8. Reading streams line by line; a bad line becomes a {@link Rejection}
 * with the file, line number, field and reason, and the good lines around it are kept. Blank lines
 * are skipped.
 */
public final class CountingLines {
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private CountingLines() {}

  /** What a read gave: the good submissions in line order and one rejection per bad line. */
  public record Read(List<Submission> submissions, List<Rejection> rejections) {
    public Read {
      submissions = List.copyOf(submissions);
      rejections = List.copyOf(rejections);
    }
  }

  /** {@code s} as one line of JSON, without the line break. */
  public static String line(Submission s) {
    return text(out -> SubmissionJson.write(s, out));
  }

  /** What a {@link JsonGenerator} is given to write. */
  interface Writing {
    void to(JsonGenerator out) throws IOException;
  }

  /** The text {@code writing} streams out, as one line. */
  static String text(Writing writing) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator out = MAPPER.getFactory().createGenerator(text)) {
      writing.to(out);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string never fails", e);
    }
    return text.toString();
  }

  /** Writes {@code submissions}, one line each, each line ended by a line feed. */
  public static void write(Writer out, Iterable<Submission> submissions) throws IOException {
    for (Submission s : submissions) {
      out.write(line(s));
      out.write('\n');
    }
    out.flush();
  }

  /** Writes {@code submissions} to {@code file} (UTF-8), replacing it. */
  public static void write(Path file, Iterable<Submission> submissions) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, submissions);
    }
  }

  /**
   * The submission on one line, or a problem: {@code Parsed} is either a submission or a rejection
   * of line {@code line} of {@code file}.
   */
  public static Parsed parse(String file, long line, String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return new Parsed.Bad(
          new Rejection(file, line, "line", "not JSON: " + e.getOriginalMessage()));
    }
    try {
      return new Parsed.Good(SubmissionJson.read(Fields.of(node, "")));
    } catch (WireProblem p) {
      return new Parsed.Bad(new Rejection(file, line, p.field(), String.valueOf(p.getMessage())));
    } catch (IllegalArgumentException e) {
      // A core type refused a value the wire layer let through: still a bad line, not a crash.
      return new Parsed.Bad(new Rejection(file, line, "line", String.valueOf(e.getMessage())));
    }
  }

  /** One line read: a submission or a rejection. */
  public sealed interface Parsed {
    /** A good line. */
    record Good(Submission submission) implements Parsed {}

    /** A bad line. */
    record Bad(Rejection rejection) implements Parsed {}
  }

  /**
   * Streams {@code in} line by line, handing each good submission to {@code good} and each bad line
   * to {@code bad}, in line order; {@code file} names the source in rejections ("-" for stdin).
   */
  public static void read(
      String file, Reader in, Consumer<Submission> good, Consumer<Rejection> bad) {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    long number = 0;
    try {
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        switch (parse(file, number, text)) {
          case Parsed.Good g -> good.accept(g.submission());
          case Parsed.Bad b -> bad.accept(b.rejection());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " after line " + number, e);
    }
  }

  /** Reads all of {@code in} (UTF-8), e.g. standard input. */
  public static Read read(String file, InputStream in) {
    return readAll(file, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Reads all of {@code file} (UTF-8). */
  public static Read read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readAll(file.toString(), in);
    }
  }

  private static Read readAll(String file, Reader in) {
    List<Submission> good = new ArrayList<>();
    List<Rejection> bad = new ArrayList<>();
    read(file, in, good::add, bad::add);
    return new Read(good, bad);
  }
}
