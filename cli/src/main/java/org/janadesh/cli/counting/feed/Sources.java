package org.janadesh.cli.counting.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.cli.counting.Moments;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.synthetic.SyntheticElection;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.counting.SnapshotReplay;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.wire.CountingLines;

/**
 * The streams a count can be fed from: the 2024 results-site snapshots, a synthetic counting day
 * made from an archived result, or JSON lines (a file or standard input). Public so the
 * crash-safety harness builds exactly the stream the command sends.
 */
public final class Sources {
  private Sources() {}

  /** The snapshots of 4 June 2024 as submissions (docs/rules/counting.md); ls-2024 only. */
  public static SnapshotReplay.Stream snapshots(
      Election election, List<Contest> contests, PartyRegistry parties) {
    if (!election.id().equals(SnapshotReplay.LS_2024)) {
      throw new UserError(
          ExitCodes.USAGE,
          "--source snapshots replays the results-site snapshots of "
              + SnapshotReplay.LS_2024
              + "; for "
              + election.id()
              + " use --source synthetic or a JSON-lines file");
    }
    return SnapshotReplay.ls2024(contests, parties);
  }

  /**
   * A synthetic counting day of {@code election} from its archived result ({@code
   * SyntheticElection}), for the seats of {@code state} only when given.
   */
  public static List<Submission> synthetic(
      Election election,
      List<Contest> contests,
      long seed,
      Instant start,
      Optional<StateCode> state) {
    List<Contest> chosen =
        contests.stream()
            .filter(c -> state.isEmpty() || c.constituency().state().equals(state.get()))
            .toList();
    try {
      return SyntheticElection.of(election.id(), chosen, seed, start);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCodes.USAGE,
          "cannot make a synthetic counting day of "
              + election.id()
              + ": "
              + e.getMessage()
              + " (a synthetic day needs EVM and postal votes per candidate)");
    }
  }

  /**
   * When a synthetic day starts unless {@code --start} says: the archive holds no counting dates,
   * so 08:00 IST (counting starts at eight) on 1 January of the election's year, a nominal day.
   */
  public static Instant nominalStart(Election election) {
    return LocalDate.of(election.year(), 1, 1)
        .atTime(LocalTime.of(8, 0))
        .atZone(Moments.IST)
        .toInstant();
  }

  /** Where {@link #jsonLines} hands each line it read. */
  public interface LineSink {
    /** A good line: the submission on line {@code line} of {@code file}. */
    void good(String file, long line, Submission submission);

    /** A bad line, with its line, field and reason. */
    void bad(Rejection rejection);
  }

  /**
   * Streams JSON lines from {@code source} ({@code -} for standard input) line by line: good lines
   * go to the sink as they are read, so a live feed piped in is sent as it arrives; bad lines with
   * their line, field and reason. Blank lines are skipped.
   */
  public static void jsonLines(String source, InputStream stdin, LineSink sink) {
    if (source.equals("-")) {
      lines("-", new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), sink);
      return;
    }
    Path file = Path.of(source);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      lines(file.toString(), in, sink);
    } catch (NoSuchFileException e) {
      throw new UserError(ExitCodes.NOT_FOUND, "no file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void lines(String file, BufferedReader in, LineSink sink) {
    long number = 0;
    try {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        switch (CountingLines.parse(file, number, text)) {
          case CountingLines.Parsed.Good g -> sink.good(file, number, g.submission());
          case CountingLines.Parsed.Bad b -> sink.bad(b.rejection());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " after line " + number, e);
    }
  }
}
