package org.janadesh.cli.counting.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.jspecify.annotations.Nullable;

/**
 * How fast a replay sends: {@code max} (as fast as the desk acknowledges) or {@code 60x} (the
 * source's own clock sped up: an update published an hour after the first is sent a minute after
 * it). Time is injected, so a test can check the waits without waiting.
 */
public final class Pace {
  /** Sleeps for a while; {@code Thread::sleep} in production. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration wait) throws InterruptedException;
  }

  private static final Pattern TIMES = Pattern.compile("(\\d+(?:\\.\\d+)?)x");

  private final double speed;
  private final LongSupplier nanos;
  private final Sleeper sleeper;
  private @Nullable Instant first;
  private Instant latest = Instant.MIN;
  private long startNanos;

  private Pace(double speed, LongSupplier nanos, Sleeper sleeper) {
    this.speed = speed;
    this.nanos = nanos;
    this.sleeper = sleeper;
  }

  /** {@code max} or {@code <factor>x}, e.g. {@code 60x}; anything else is a usage error. */
  public static Pace parse(String text, LongSupplier nanos, Sleeper sleeper) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("max")) {
      return new Pace(0, nanos, sleeper);
    }
    Matcher m = TIMES.matcher(t);
    double factor = m.matches() ? Double.parseDouble(m.group(1)) : 0;
    if (factor <= 0) {
      throw new UserError(
          ExitCodes.USAGE, "--speed '" + text + "' is not 'max' or a factor such as 60x");
    }
    return new Pace(factor, nanos, sleeper);
  }

  public boolean isMax() {
    return speed == 0;
  }

  /**
   * How long to wait before sending an update published at {@code published}: its distance from the
   * first update's time, divided by the speed, less the time already gone. The source's clock only
   * moves forward here (the latest time seen), so an update published a little earlier than one
   * already sent goes at once.
   */
  public Duration due(Instant published) {
    if (isMax()) {
      return Duration.ZERO;
    }
    Instant origin = first;
    if (origin == null) {
      first = published;
      latest = published;
      startNanos = nanos.getAsLong();
      return Duration.ZERO;
    }
    if (published.isAfter(latest)) {
      latest = published;
    }
    long sourceNanos = Duration.between(origin, latest).toNanos();
    long targetNanos = (long) (sourceNanos / speed);
    long waited = nanos.getAsLong() - startNanos;
    return Duration.ofNanos(Math.max(0, targetNanos - waited));
  }

  /** Waits until the update published at {@code published} is due. */
  public void await(Instant published) throws InterruptedException {
    Duration wait = due(published);
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }
}
