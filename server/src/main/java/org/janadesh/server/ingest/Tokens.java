package org.janadesh.server.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.StateCode;

/**
 * The bearer tokens that may write to counts, read from a file named by configuration ({@code
 * janadesh serve --tokens FILE} or {@code JANADESH_TOKENS_FILE}), never from the repository.
 *
 * <p>The file has one token per line, fields separated by white space: a name (for logs and
 * metrics), the secret (at least 16 characters, sent as {@code Authorization: Bearer SECRET}), and
 * a comma-separated list of scopes: {@code operator} (every seat, and the quarantine), a state code
 * ({@code S24}: that state's seats), or a constituency {@code S24-54} (state code, dash, number).
 * Blank lines and lines starting with {@code #} are skipped:
 *
 * <pre>
 * # name        secret                              scopes
 * desk-ops      9c1f0e0d4b1a4b7f8a2e3d5c6b7a8f90    operator
 * ro-up         5d8e2b7c1a9f4e3d6c0b8a7f2e1d9c4b    S24
 * ro-faizabad   0a1b2c3d4e5f60718293a4b5c6d7e8f9    S24-54
 * </pre>
 *
 * Secrets are kept only as SHA-256 digests and compared in constant time.
 */
public final class Tokens {
  private static final int MIN_SECRET = 16;
  private static final Pattern STATE = Pattern.compile("[SU]\\d{2}");
  private static final Pattern SEAT = Pattern.compile("([SU]\\d{2})-(\\d{1,3})");

  /** One scope a token holds. */
  public sealed interface Scope {
    /** Every seat of every count, and the quarantine. */
    record Operator() implements Scope {}

    /** Every seat of one state. */
    record State(StateCode state) implements Scope {}

    /** One seat: state and number. */
    record Seat(StateCode state, int number) implements Scope {}
  }

  /** A named token and what it may write. */
  public record Token(String name, List<Scope> scopes) {
    public Token {
      scopes = List.copyOf(scopes);
    }

    public boolean isOperator() {
      return scopes.stream().anyMatch(s -> s instanceof Scope.Operator);
    }

    /** Whether this token may submit events for {@code seat}. */
    public boolean mayWrite(ConstituencyId seat) {
      for (Scope s : scopes) {
        boolean ok =
            switch (s) {
              case Scope.Operator o -> true;
              case Scope.State st -> st.state().equals(seat.state());
              case Scope.Seat one ->
                  one.state().equals(seat.state()) && one.number() == seat.number();
            };
        if (ok) {
          return true;
        }
      }
      return false;
    }
  }

  /** A token and its secret's digest. A class: it holds an array. */
  private static final class Entry {
    private final byte[] digest;
    private final Token token;

    Entry(byte[] digest, Token token) {
      this.digest = digest;
      this.token = token;
    }

    byte[] digest() {
      return digest;
    }

    Token token() {
      return token;
    }
  }

  private final List<Entry> entries;

  private Tokens(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** No tokens: every write is refused (401). */
  public static Tokens none() {
    return new Tokens(List.of());
  }

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the line and the reason, for a line that is not a token
   */
  public static Tokens read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokens file " + file, e);
    }
    return parse(file.toString(), lines);
  }

  static Tokens parse(String file, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      String[] fields = line.split("\\s+", -1);
      if (fields.length != 3) {
        throw new IllegalArgumentException(where + "a token line is: name secret scopes");
      }
      if (fields[1].length() < MIN_SECRET) {
        throw new IllegalArgumentException(
            where + "the secret of " + fields[0] + " is shorter than " + MIN_SECRET);
      }
      if (names.contains(fields[0])) {
        throw new IllegalArgumentException(where + "token name " + fields[0] + " is used twice");
      }
      names.add(fields[0]);
      List<Scope> scopes = new ArrayList<>();
      for (String s : fields[2].split(",", -1)) {
        scopes.add(scope(where, s.trim()));
      }
      entries.add(new Entry(digest(fields[1]), new Token(fields[0], scopes)));
    }
    return new Tokens(entries);
  }

  private static Scope scope(String where, String text) {
    if (text.toLowerCase(Locale.ROOT).equals("operator")) {
      return new Scope.Operator();
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (STATE.matcher(upper).matches()) {
      return new Scope.State(new StateCode(upper));
    }
    Matcher seat = SEAT.matcher(upper);
    if (seat.matches()) {
      return new Scope.Seat(new StateCode(seat.group(1)), Integer.parseInt(seat.group(2)));
    }
    throw new IllegalArgumentException(
        where + "scope '" + text + "' is not operator, a state code (S24) or a seat (S24-54)");
  }

  /** The token whose secret is {@code secret}, if any. */
  public Optional<Token> find(String secret) {
    byte[] given = digest(secret);
    Optional<Token> found = Optional.empty();
    for (Entry e : entries) { // every entry compared, in constant time, so timing tells nothing
      if (MessageDigest.isEqual(e.digest(), given)) {
        found = Optional.of(e.token());
      }
    }
    return found;
  }

  public int size() {
    return entries.size();
  }

  private static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
