package org.janadesh.store.counting;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.CountingUpdate.Correction;
import org.janadesh.core.counting.CountingUpdate.CountReported;
import org.janadesh.core.counting.CountingUpdate.CountingAdjourned;
import org.janadesh.core.counting.CountingUpdate.CountingResumed;
import org.janadesh.core.counting.CountingUpdate.PollCountermanded;
import org.janadesh.core.counting.CountingUpdate.PostalCounted;
import org.janadesh.core.counting.CountingUpdate.ResultDeclared;
import org.janadesh.core.counting.CountingUpdate.RoundCounted;
import org.janadesh.core.counting.CountingUpdate.UncontestedReturn;
import org.janadesh.core.counting.Tally;
import org.janadesh.core.counting.UpdateCodec;

/**
 * A small line codec for the store's tests, standing in for the JSON-lines codec the composition
 * root passes in production (ingest): fields split by {@code |}, text URL-encoded, a tally as
 * {@code serial=votes,…;nota}. It round-trips every kind of update.
 */
final class TestCodec implements UpdateCodec {
  @Override
  public String encode(CountingUpdate update) {
    return switch (update) {
      case RoundCounted r ->
          join(
              "round",
              r.round(),
              r.rounds(),
              tally(r.evm()),
              r.total() == null ? "-" : tally(r.total()));
      case PostalCounted p -> join("postal", tally(p.postal()));
      case CountReported c -> join("reported", tally(c.evm()), tally(c.postal()));
      case ResultDeclared d -> join("declared", d.winnerSerial(), d.recount(), d.drawOfLots());
      case Correction c ->
          switch (c.target()) {
            case CountingUpdate.Target.BySequence s ->
                join("correct-seq", s.sequence(), text(encode(c.corrected())));
            case CountingUpdate.Target.ByKey k ->
                join("correct-key", text(k.key()), text(encode(c.corrected())));
          };
      case CountingAdjourned a -> join("adjourned", text(a.reason()));
      case CountingResumed r -> "resumed";
      case PollCountermanded p -> join("countermanded", text(p.reason()));
      case UncontestedReturn u -> join("unopposed", u.serial());
    };
  }

  @Override
  public CountingUpdate decode(String line) {
    List<String> f = Arrays.asList(line.split("\\|", -1));
    return switch (f.get(0)) {
      case "round" ->
          new RoundCounted(
              Integer.parseInt(f.get(1)),
              Integer.parseInt(f.get(2)),
              tally(f.get(3)),
              f.get(4).equals("-") ? null : tally(f.get(4)));
      case "postal" -> new PostalCounted(tally(f.get(1)));
      case "reported" -> new CountReported(tally(f.get(1)), tally(f.get(2)));
      case "declared" ->
          new ResultDeclared(
              Integer.parseInt(f.get(1)),
              Boolean.parseBoolean(f.get(2)),
              Boolean.parseBoolean(f.get(3)));
      case "correct-seq" ->
          new Correction(
              new CountingUpdate.Target.BySequence(Long.parseLong(f.get(1))),
              decode(untext(f.get(2))));
      case "correct-key" ->
          new Correction(
              new CountingUpdate.Target.ByKey(untext(f.get(1))), decode(untext(f.get(2))));
      case "adjourned" -> new CountingAdjourned(untext(f.get(1)));
      case "resumed" -> new CountingResumed();
      case "countermanded" -> new PollCountermanded(untext(f.get(1)));
      case "unopposed" -> new UncontestedReturn(Integer.parseInt(f.get(1)));
      default -> throw new IllegalArgumentException("kind: unknown update '" + f.get(0) + "'");
    };
  }

  private static String join(Object... fields) {
    return String.join("|", Arrays.stream(fields).map(String::valueOf).toList());
  }

  private static String text(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String untext(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String tally(Tally t) {
    StringBuilder b = new StringBuilder();
    t.candidates()
        .forEach((serial, votes) -> b.append(serial).append('=').append(votes).append(','));
    return b.append(';').append(t.nota()).toString();
  }

  private static Tally tally(String s) {
    int semi = s.indexOf(';');
    Map<Integer, Long> votes = new TreeMap<>();
    for (String pair : s.substring(0, semi).split(",", -1)) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        votes.put(Integer.parseInt(pair.substring(0, eq)), Long.parseLong(pair.substring(eq + 1)));
      }
    }
    return Tally.of(votes, Long.parseLong(s.substring(semi + 1)));
  }
}
