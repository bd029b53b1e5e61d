package org.janadesh.ingest.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.CountingUpdate.CountReported;
import org.janadesh.core.counting.CountingUpdate.CountingAdjourned;
import org.janadesh.core.counting.CountingUpdate.CountingResumed;
import org.janadesh.core.counting.CountingUpdate.PollCountermanded;
import org.janadesh.core.counting.CountingUpdate.PostalCounted;
import org.janadesh.core.counting.CountingUpdate.ResultDeclared;
import org.janadesh.core.counting.CountingUpdate.RoundCounted;
import org.janadesh.core.counting.CountingUpdate.UncontestedReturn;
import org.janadesh.core.counting.Tally;

/**
 * A counting update as a JSON object: {@code kind} and the update's own fields, in a fixed order
 * (docs/data-formats.md, "Counting events (JSON lines)").
 */
final class UpdateJson {
  static final String KIND = "kind";

  private UpdateJson() {}

  /**
   * Writes {@code kind} and the fields of {@code update} into the object {@code out} is in.
   * Streamed rather than built as a tree: the counting log encodes every update on the desk's
   * writer thread.
   */
  static void write(CountingUpdate update, JsonGenerator out) throws IOException {
    out.writeStringField(KIND, update.kind());
    switch (update) {
      case RoundCounted r -> {
        out.writeNumberField("round", r.round());
        out.writeNumberField("rounds", r.rounds());
        tally("evm", r.evm(), out);
        Tally total = r.total();
        if (total != null) {
          tally("total", total, out);
        }
      }
      case PostalCounted p -> tally("postal", p.postal(), out);
      case CountReported c -> {
        tally("evm", c.evm(), out);
        tally("postal", c.postal(), out);
      }
      case ResultDeclared d -> {
        out.writeNumberField("winner", d.winnerSerial());
        out.writeBooleanField("recount", d.recount());
        out.writeBooleanField("drawOfLots", d.drawOfLots());
      }
      case CountingUpdate.Correction c -> {
        out.writeObjectFieldStart("target");
        switch (c.target()) {
          case CountingUpdate.Target.BySequence s -> out.writeNumberField("sequence", s.sequence());
          case CountingUpdate.Target.ByKey k -> out.writeStringField("key", k.key());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("corrected");
        write(c.corrected(), out);
        out.writeEndObject();
      }
      case CountingAdjourned a -> out.writeStringField("reason", a.reason());
      case CountingResumed r -> {}
      case PollCountermanded p -> out.writeStringField("reason", p.reason());
      case UncontestedReturn u -> out.writeNumberField("serial", u.serial());
    }
  }

  /**
   * {@code "name":{"candidates":{"1":740,…},"nota":7}}. A tally is only fixed names and numbers, so
   * it is written as one raw value, the same text the generator writes field by field
   * (JsonLinesCodecTest checks it) at a fraction of the cost: the counting log encodes every
   * update, and a tally is most of one.
   */
  private static void tally(String name, Tally tally, JsonGenerator out) throws IOException {
    Map<Integer, Long> candidates = tally.candidates();
    StringBuilder json = new StringBuilder(32 + 14 * candidates.size());
    json.append("{\"candidates\":{");
    boolean first = true;
    for (Map.Entry<Integer, Long> e : candidates.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append('"').append(e.getKey().intValue()).append("\":").append(e.getValue().longValue());
    }
    json.append("},\"nota\":").append(tally.nota()).append('}');
    out.writeFieldName(name);
    out.writeRawValue(json.toString());
  }

  /** {@link #tally} written field by field through the generator: what it must agree with. */
  static void tallyByGenerator(String name, Tally tally, JsonGenerator out) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeObjectFieldStart("candidates");
    for (Map.Entry<Integer, Long> e : tally.candidates().entrySet()) {
      out.writeNumberField(Integer.toString(e.getKey()), e.getValue());
    }
    out.writeEndObject();
    out.writeNumberField("nota", tally.nota());
    out.writeEndObject();
  }

  /** For tests: {@code tally} as the named field of an object, written by {@link #tally}. */
  static String tallyText(String name, Tally tally, boolean byGenerator) {
    return CountingLines.text(
        out -> {
          out.writeStartObject();
          if (byGenerator) {
            tallyByGenerator(name, tally, out);
          } else {
            tally(name, tally, out);
          }
          out.writeEndObject();
        });
  }

  /**
   * Reads an update from {@code f}; {@code envelope} names the envelope's own fields, allowed too.
   */
  static CountingUpdate read(Fields f, Set<String> envelope) {
    String kind = f.text(KIND);
    return switch (kind) {
      case "RoundCounted" -> {
        known(f, envelope, "round", "rounds", "evm", "total");
        int round = f.number("round", 1);
        int rounds = f.number("rounds", 1);
        Tally evm = tally(f.object("evm"));
        Tally total = f.has("total") ? tally(f.object("total")) : null;
        yield new RoundCounted(round, rounds, evm, total);
      }
      case "PostalCounted" -> {
        known(f, envelope, "postal");
        yield new PostalCounted(tally(f.object("postal")));
      }
      case "CountReported" -> {
        known(f, envelope, "evm", "postal");
        yield new CountReported(tally(f.object("evm")), tally(f.object("postal")));
      }
      case "ResultDeclared" -> {
        known(f, envelope, "winner", "recount", "drawOfLots");
        yield new ResultDeclared(f.number("winner", 1), f.flag("recount"), f.flag("drawOfLots"));
      }
      case "Correction" -> {
        known(f, envelope, "target", "corrected");
        CountingUpdate.Target target = target(f.object("target"));
        Fields corrected = f.object("corrected");
        CountingUpdate content = read(corrected, Set.of());
        if (content instanceof CountingUpdate.Correction) {
          throw new WireProblem(
              corrected.at(KIND), "CNT-9: a correction carries content, not a correction");
        }
        yield new CountingUpdate.Correction(target, content);
      }
      case "CountingAdjourned" -> {
        known(f, envelope, "reason");
        yield new CountingAdjourned(f.text("reason"));
      }
      case "CountingResumed" -> {
        known(f, envelope);
        yield new CountingResumed();
      }
      case "PollCountermanded" -> {
        known(f, envelope, "reason");
        yield new PollCountermanded(f.text("reason"));
      }
      case "UncontestedReturn" -> {
        known(f, envelope, "serial");
        yield new UncontestedReturn(f.number("serial", 1));
      }
      default ->
          throw new WireProblem(
              f.at(KIND),
              "unknown kind '"
                  + kind
                  + "'; expected RoundCounted, PostalCounted, CountReported, ResultDeclared,"
                  + " Correction, CountingAdjourned, CountingResumed, PollCountermanded or"
                  + " UncontestedReturn");
    };
  }

  private static void known(Fields f, Set<String> envelope, String... fields) {
    java.util.Set<String> all = new java.util.TreeSet<>(envelope);
    all.add(KIND);
    all.addAll(java.util.List.of(fields));
    f.onlyKnown(all);
  }

  private static CountingUpdate.Target target(Fields t) {
    t.onlyKnown(Set.of("sequence", "key"));
    boolean bySequence = t.has("sequence");
    if (bySequence == t.has("key")) {
      throw new WireProblem(
          t.at("sequence"), t.at("") + " names an event by exactly one of sequence or key");
    }
    if (bySequence) {
      long sequence = t.count("sequence");
      if (sequence < 1) {
        throw new WireProblem(t.at("sequence"), "sequence numbers start at 1: " + sequence);
      }
      return new CountingUpdate.Target.BySequence(sequence);
    }
    return new CountingUpdate.Target.ByKey(t.text("key"));
  }

  static Tally tally(Fields t) {
    t.onlyKnown(Set.of("candidates", "nota"));
    Fields candidates = t.object("candidates");
    Map<Integer, Long> votes = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = candidates.entries();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = candidates.at(e.getKey());
      int serial;
      try {
        serial = Integer.parseInt(e.getKey());
      } catch (NumberFormatException x) {
        throw new WireProblem(
            field, "a candidate is named by ballot serial (1, 2…): '" + e.getKey() + "'");
      }
      if (serial < 1) {
        throw new WireProblem(
            field, "ballot serials start at 1: " + serial + " (NOTA goes in nota)");
      }
      votes.put(serial, Fields.count(e.getValue(), field));
    }
    return Tally.of(votes, t.count("nota"));
  }
}
