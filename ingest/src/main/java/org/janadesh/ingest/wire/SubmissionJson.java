package org.janadesh.ingest.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;

/** A submission as one JSON object: its envelope, then {@code kind} and the update's fields. */
final class SubmissionJson {
  static final Set<String> ENVELOPE =
      Set.of("election", "constituency", "published", "received", "key");

  private SubmissionJson() {}

  static void write(Submission s, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("election", s.election().value());
    ConstituencyId c = s.constituency();
    out.writeObjectFieldStart("constituency");
    out.writeStringField("house", c.house().prefix());
    out.writeStringField("state", c.state().value());
    out.writeNumberField("number", c.number());
    out.writeNumberField("delimitation", c.delimitation().year());
    out.writeEndObject();
    out.writeStringField("published", s.published().toString());
    out.writeStringField("received", s.received().toString());
    out.writeStringField("key", s.key());
    UpdateJson.write(s.update(), out);
    out.writeEndObject();
  }

  static Submission read(Fields f) {
    ElectionId election = checked(f, "election", ElectionId::new, f.text("election"));
    ConstituencyId constituency = constituency(f.object("constituency"));
    Instant published = f.instant("published");
    Instant received = f.instant("received");
    String key = f.text("key");
    CountingUpdate update = UpdateJson.read(f, ENVELOPE);
    return new Submission(election, constituency, published, received, key, update);
  }

  private static ConstituencyId constituency(Fields c) {
    c.onlyKnown(Set.of("house", "state", "number", "delimitation"));
    String prefix = c.text("house");
    House house = null;
    for (House h : House.values()) {
      if (h.prefix().equals(prefix)) {
        house = h;
      }
    }
    if (house == null) {
      throw new WireProblem(c.at("house"), c.at("house") + " is 'ls' or 'ae': '" + prefix + "'");
    }
    StateCode state = checked(c, "state", StateCode::new, c.text("state"));
    int number = c.number("number", 1);
    int year = c.number("delimitation", 1);
    Delimitation delimitation = checked(c, "delimitation", Delimitation::new, year);
    return new ConstituencyId(house, state, number, delimitation);
  }

  /** Builds a value whose own constructor validates it, turning its complaint into a problem. */
  private static <T, V> T checked(Fields f, String field, Function<V, T> make, V value) {
    try {
      return make.apply(value);
    } catch (IllegalArgumentException e) {
      throw new WireProblem(f.at(field), String.valueOf(e.getMessage()));
    }
  }
}
