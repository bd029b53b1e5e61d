package org.janadesh.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {
  @Test
  void initialsMayBeMovedSpacedOrDottedAndStillReadAsOneName() {
    PersonName tcpd = PersonName.parse("N.K.PREMACHANDRAN");
    assertThat(PersonName.parse("PREMACHANDRAN N K").sameAs(tcpd)).isTrue();
    assertThat(PersonName.parse("N K Premachandran").sameAs(tcpd)).isTrue();
    assertThat(PersonName.parse("NK PREMACHANDRAN").sameAs(tcpd)).isTrue();
    assertThat(PersonName.parse("SUBBARAYAN, K.").sameAs(PersonName.parse("K. SUBBARAYAN")))
        .isTrue();
    assertThat(tcpd.initials()).isEqualTo("KN");
  }

  @Test
  void titlesAndHonorificsAreDropped() {
    PersonName plain = PersonName.parse("ASHOK KUMAR");
    assertThat(PersonName.parse("Dr. Ashok Kumar").sameAs(plain)).isTrue();
    assertThat(PersonName.parse("Adv. Ashok Kumar").sameAs(plain)).isTrue();
    assertThat(PersonName.parse("Col. (Retd.) Ashok Kumar").sameAs(plain)).isTrue();
    assertThat(PersonName.parse("Shri ASHOK KUMAR alias PAPPU").sameAs(plain)).isTrue();
  }

  @Test
  void differentInitialsNeverMatchPer1() {
    assertThat(PersonName.parse("SELVARAJ M").compatibleWith(PersonName.parse("SELVARAJ V")))
        .isFalse();
    assertThat(PersonName.parse("SELVARAJ M").closeTo(PersonName.parse("V. SELVARAJ"))).isFalse();
  }

  @Test
  void missingInitialsWordsRunTogetherAndAbbreviatedWordsStillMatch() {
    assertThat(PersonName.parse("SELVARAJ").compatibleWith(PersonName.parse("M. SELVARAJ")))
        .isTrue();
    assertThat(
            PersonName.parse("S. KRISHNA KUMAR")
                .compatibleWith(PersonName.parse("S. KRISHNAKUMAR")))
        .isTrue();
    assertThat(
            PersonName.parse("D.S. RAJU")
                .compatibleWith(PersonName.parse("DATLA SATYANARAYANA RAJU")))
        .isTrue();
    assertThat(PersonName.parse("RAM SINGH").compatibleWith(PersonName.parse("SINGH RAM")))
        .isTrue();
  }

  @Test
  void aSlipOfThePenIsCloseButNotCompatible() {
    PersonName a = PersonName.parse("RAJESH KUMAR");
    PersonName b = PersonName.parse("RAKESH KUMAR");
    assertThat(a.compatibleWith(b)).isFalse();
    assertThat(a.closeTo(b)).isTrue();
    assertThat(PersonName.parse("RAM").closeTo(PersonName.parse("RAJ"))).isFalse();
  }

  @Test
  void aNameOfInitialsOnlyKeepsItsLastLetterAsAWord() {
    PersonName vp = PersonName.parse("V.P.");
    assertThat(vp.words()).containsExactly("P");
    assertThat(vp.initials()).isEqualTo("V");
    assertThat(vp.toString()).isEqualTo("P-V");
    assertThat(vp).isEqualTo(PersonName.parse("v p")).hasSameHashCodeAs(PersonName.parse("V P"));
    assertThat(PersonName.parse("RAJESH KUMAR").distinctive()).isTrue();
  }
}
