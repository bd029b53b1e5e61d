package org.janadesh.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchTest {
  private static Match match(String query, String whole, String... words) {
    return Match.of(query, List.of(whole), List.of(words));
  }

  @Test
  void aWholeLabelIsExactAPrefixOrAWordIsNextAndAPartAfterThat() {
    assertThat(match("KOLLAM", "KOLLAM").tier()).isEqualTo(Match.EXACT);
    assertThat(match("KOLL", "KOLLAM").tier()).isEqualTo(Match.PREFIX);
    assertThat(match("PREMACHANDRAN", "NKPREMACHANDRAN", "PREMACHANDRAN").tier())
        .isEqualTo(Match.PREFIX);
    assertThat(match("PREMA", "NKPREMACHANDRAN", "PREMACHANDRAN").tier()).isEqualTo(Match.PART);
  }

  @Test
  void aNearMissOfAWholeLabelBeatsANearMissOfOneWord() {
    Match kollam = match("KOLAM", "KOLLAM", "KOLLAM");
    Match kalam = match("KOLAM", "VIDUTHALAIKALAMKATCHI", "KALAM");

    assertThat(kollam.tier()).isEqualTo(Match.NEAR);
    assertThat(kalam.tier()).isEqualTo(Match.NEAR_WORD);
    assertThat(kollam).isLessThan(kalam);
  }

  @Test
  void amongOneEditMissesALeftOutLetterBeatsAChangedLastLetter() {
    assertThat(match("KOLAM", "KOLLAM")).isLessThan(match("KOLAM", "KOLAR"));
  }

  @Test
  void shortQueriesMustMatchExactlyOrAsAPrefix() {
    assertThat(match("BJD", "BJP").found()).isFalse();
    assertThat(match("BJ", "BJP").tier()).isEqualTo(Match.PREFIX);
  }

  @Test
  void tooManyEditsIsNoMatch() {
    assertThat(match("QWXZVBNM", "KOLLAM", "KOLLAM").found()).isFalse();
  }
}
