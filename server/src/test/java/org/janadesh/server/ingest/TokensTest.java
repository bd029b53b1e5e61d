package org.janadesh.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static final Tokens TOKENS =
      Tokens.parse(
          "tokens.txt",
          List.of(
              "# name secret scopes",
              "",
              "ops   ops-secret-0123456789   operator",
              "up    up-secret-0123456789    S24,U05",
              "seat  seat-secret-0123456789  s24-54"));

  private static ConstituencyId pc(String state, int number) {
    return new ConstituencyId(
        House.LOK_SABHA, new StateCode(state), number, new Delimitation(2000));
  }

  @Test
  void aStateTokenWritesItsStatesSeatsAndASeatTokenOnlyItsSeat() {
    Tokens.Token up = TOKENS.find("up-secret-0123456789").orElseThrow();
    Tokens.Token seat = TOKENS.find("seat-secret-0123456789").orElseThrow();

    assertThat(up.mayWrite(pc("S24", 37))).isTrue();
    assertThat(up.mayWrite(pc("U05", 1))).isTrue();
    assertThat(up.mayWrite(pc("S04", 30))).isFalse();
    assertThat(seat.mayWrite(pc("S24", 54))).isTrue();
    assertThat(seat.mayWrite(pc("S24", 37))).isFalse();
    assertThat(seat.isOperator()).isFalse();
    assertThat(TOKENS.find("ops-secret-0123456789").orElseThrow().mayWrite(pc("S04", 1))).isTrue();
    assertThat(TOKENS.find("nobody-0123456789")).isEmpty();
  }

  @Test
  void aBadLineIsRefusedWithItsLineNumber() {
    assertThatThrownBy(() -> Tokens.parse("t", List.of("a short S24")))
        .hasMessageContaining("t:1")
        .hasMessageContaining("shorter than 16");
    assertThatThrownBy(() -> Tokens.parse("t", List.of("", "a secret-0123456789abc Bihar")))
        .hasMessageContaining("t:2")
        .hasMessageContaining("scope 'Bihar'");
    assertThatThrownBy(() -> Tokens.parse("t", List.of("a secret-0123456789abc")))
        .hasMessageContaining("name secret scopes");
  }
}
