package org.janadesh.server.comparison;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.comparison.Comparisons;
import org.janadesh.core.comparison.ElectionComparison;
import org.janadesh.core.comparison.Side;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;

/**
 * Answers a {@link CompareQuestion} for both faces ({@code janadesh compare}, {@code GET
 * /api/v1/compare}): each side maps parties to subjects by its own alliances (CMP-5), a bloc maps
 * the same way on both sides (ALL-6).
 */
public final class Comparing {
  private Comparing() {}

  public static List<Contest> inScope(List<Contest> all, Optional<StateCode> state) {
    return state
        .map(code -> all.stream().filter(c -> c.constituency().state().equals(code)).toList())
        .orElse(all);
  }

  /**
   * @param current the current election's contests in scope
   * @param previous the previous election's contests in scope
   */
  public static ElectionComparison compare(
      CompareQuestion q,
      List<Contest> current,
      List<Contest> previous,
      AllianceBook book,
      StateRegistry states) {
    Function<PartyId, String> nowSubject = PartyId::value;
    Function<PartyId, String> beforeSubject = PartyId::value;
    String focus = null;
    Bloc bloc = q.bloc();
    if (bloc != null) {
      nowSubject = bloc::subjectOf;
      beforeSubject = bloc::subjectOf;
      focus = bloc.name();
    } else if (q.byAlliance()) {
      nowSubject = book.membership(q.current().id(), q.currentState())::subjectOf;
      beforeSubject = book.membership(q.previous().id(), q.previousState())::subjectOf;
    }
    PartyId party = q.party();
    if (party != null) {
      focus = q.byAlliance() ? nowSubject.apply(party) : party.value();
    }
    String scope =
        q.currentState().map(code -> states.state(code, q.current().year()).name()).orElse("India");
    ElectionComparison comparison =
        Comparisons.compare(
            scope,
            Side.of(q.previous().id(), previous, beforeSubject),
            Side.of(q.current().id(), current, nowSubject));
    return focus == null ? comparison : comparison.about(focus);
  }
}
