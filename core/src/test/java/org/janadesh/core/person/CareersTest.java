package org.janadesh.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.junit.jupiter.api.Test;

class CareersTest {
  /** Quilon (1976 order) then Kollam (2008 order), with a turncoat and a by-election. */
  private static Fixture kerala() {
    return new Fixture()
        .general(
            1996, "S11", 18, 1976, "QUILON", "N.K.PREMACHANDRAN/RSP/100", "S. KRISHNAKUMAR/INC/90")
        .general(1998, "S11", 18, 1976, "QUILON", "N.K. Premachandran/RSP/100", "K.C. RAJAN/INC/80")
        .general(
            1999, "S11", 18, 1976, "QUILON", "P. RAJENDRAN/CPM/100", "N.K. PREMACHANDRAN/RSP/95")
        .general(
            2009, "S11", 18, 2008, "KOLLAM", "N.PEETHAMBARAKURUP/INC/100", "P.RAJENDRAN/CPM/90")
        .general(2014, "S11", 18, 2008, "KOLLAM", "N.K.PREMACHANDRAN/RSP/100", "M.A. BABY/CPM/60")
        .general(
            2019, "S11", 18, 2008, "Kollam", "N.K.Premachandran/RSP/100", "K.N.Balagopal/CPM/50")
        .general(2024, "S11", 18, 2008, "KOLLAM", "N K PREMACHANDRAN/RSP/100", "M MUKESH/CPM/40")
        .bye(2021, "S11", 18, 2008, "KOLLAM", "M MUKESH/CPM/100", "P RAJENDRAN/IND/10");
  }

  @Test
  void aPersonIsLinkedAcrossSpellingsAndTheStreakCountsWinsInARowInOneSeatLine() {
    Careers careers = kerala().careers(List.of());
    Candidacy c2024 = Fixture.find(careers, 2024, "N K PREMACHANDRAN");
    PersonId id = careers.people().personOf(c2024);
    assertThat(id.value()).isEqualTo("S11-1996-PREMACHANDRAN-KN");
    assertThat(careers.people().career(id)).hasSize(6);
    CandidacyFacts f = careers.facts(Fixture.find(careers, 2019, "N.K.Premachandran"));
    assertThat(f.terms()).as("PER-9").isEqualTo(4);
    assertThat(f.streak()).as("PER-12").isEqualTo(2);
    assertThat(f.recontest()).as("PER-10").isTrue();
    assertThat(f.turncoat()).as("PER-11").isFalse();
    assertThat(careers.facts(c2024).terms()).isEqualTo(5);
    assertThat(careers.currentStreak(id).orElseThrow().candidacy()).isEqualTo(c2024);
    assertThat(careers.facts(Fixture.find(careers, 1999, "N.K. PREMACHANDRAN")).streak()).isZero();
  }

  @Test
  void incumbencyFollowsTheSeatLineAndANewNameStartsANewLinePer8() {
    Careers careers = kerala().careers(List.of());
    CandidacyFacts rajendran2009 = careers.facts(Fixture.find(careers, 2009, "P.RAJENDRAN"));
    assertThat(rajendran2009.incumbent().met()).as("Kollam is a new line after Quilon").isFalse();
    assertThat(rajendran2009.incumbent().ruleId()).isEqualTo("PER-8");
    assertThat(rajendran2009.sittingMember().met()).as("PER-7: sat in the 14th Lok Sabha").isTrue();
    CandidacyFacts pk2019 = careers.facts(Fixture.find(careers, 2019, "N.K.Premachandran"));
    assertThat(pk2019.incumbent().met()).isTrue();
    assertThat(careers.facts(Fixture.find(careers, 1996, "N.K.PREMACHANDRAN")).incumbent().met())
        .isFalse();
  }

  @Test
  void aTurncoatStillLinksThroughTheSeatAndIsFlaggedPer11() {
    Careers careers = kerala().careers(List.of());
    Candidacy bye = Fixture.find(careers, 2021, "P RAJENDRAN");
    assertThat(careers.people().personOf(bye))
        .isEqualTo(careers.people().personOf(Fixture.find(careers, 1999, "P. RAJENDRAN")));
    assertThat(careers.facts(bye).turncoat()).isTrue();
  }

  @Test
  void theSeatsHoldersShowWhetherTheSittingMemberLostPer13() {
    Careers careers = kerala().careers(List.of());
    Candidacy c2024 = Fixture.find(careers, 2024, "M MUKESH");
    List<SeatContest> kollam = careers.holders(c2024.seat());
    assertThat(kollam)
        .extracting(sc -> sc.first().year())
        .containsExactly(2009, 2014, 2019, 2021, 2024);
    assertThat(kollam)
        .extracting(SeatContest::sitting)
        .containsExactly(
            SeatContest.SittingMember.NONE_ON_RECORD,
            SeatContest.SittingMember.DID_NOT_STAND,
            SeatContest.SittingMember.RETAINED,
            SeatContest.SittingMember.DID_NOT_STAND,
            SeatContest.SittingMember.LOST);
    assertThat(careers.facts(c2024).incumbent().met()).isTrue();
    assertThat(careers.facts(Fixture.find(careers, 2024, "N K PREMACHANDRAN")).streak())
        .as("the 2021 by-election won by another breaks the streak")
        .isEqualTo(1);
  }

  @Test
  void differentInitialsAreDifferentPersonsEvenInOneSeatAndParty() {
    Careers careers =
        new Fixture()
            .general(
                2019, "S22", 29, 2008, "Nagapattinam", "SELVARAJ M/CPI/100", "SARAVANAN M/ADMK/50")
            .general(
                2024,
                "S22",
                29,
                2008,
                "NAGAPATTINAM",
                "SELVARAJ V/CPI/100",
                "SURSITH SANKAR/ADMK/40")
            .careers(List.of());
    assertThat(careers.people().personOf(Fixture.find(careers, 2019, "SELVARAJ M")))
        .isNotEqualTo(careers.people().personOf(Fixture.find(careers, 2024, "SELVARAJ V")));
  }

  @Test
  void overridesForceSameOrDifferentAndReportWhatTheyCannotFindPer4() {
    Fixture f =
        new Fixture()
            .general(
                2014, "S24", 54, 2008, "FAIZABAD", "LALLU SINGH/BJP/100", "NIRMAL KHATRI/INC/50")
            .general(2019, "S24", 54, 2008, "Faizabad", "LALLU SINGH/BJP/100", "ANAND SEN/SP/80")
            .general(
                2024,
                "S24",
                55,
                2008,
                "AMBEDKAR NAGAR",
                "LALU SINGH/SP/100",
                "RITESH PANDEY/BJP/90");
    PersonOverride.Ref l2014 =
        new PersonOverride.Ref(ElectionId.of("ls-2014"), StateCode.of("S24"), 54, "Lallu Singh");
    PersonOverride.Ref l2019 =
        new PersonOverride.Ref(ElectionId.of("ls-2019"), StateCode.of("S24"), 54, "LALLU SINGH");
    PersonOverride.Ref other =
        new PersonOverride.Ref(ElectionId.of("ls-2024"), StateCode.of("S24"), 55, "LALU SINGH");
    PersonOverride.Ref missing =
        new PersonOverride.Ref(ElectionId.of("ls-2024"), StateCode.of("S24"), 1, "NOBODY");
    Careers apart =
        f.careers(
            List.of(
                new PersonOverride(PersonOverride.Kind.DIFFERENT, l2014, l2019, "test: two people"),
                new PersonOverride(PersonOverride.Kind.SAME, l2019, other, "test: one person"),
                new PersonOverride(PersonOverride.Kind.SAME, l2019, missing, "test: missing")));
    PersonId p2014 = apart.people().personOf(Fixture.find(apart, 2014, "LALLU SINGH"));
    PersonId p2019 = apart.people().personOf(Fixture.find(apart, 2019, "LALLU SINGH"));
    assertThat(p2014).isNotEqualTo(p2019);
    assertThat(apart.people().personOf(Fixture.find(apart, 2024, "LALU SINGH"))).isEqualTo(p2019);
    assertThat(apart.people().problems()).singleElement().asString().contains("PER-4", "NOBODY");
    assertThat(p2019.value()).isEqualTo("S24-2019-LALLU-SINGH");
    Careers linked = f.careers(List.of());
    assertThat(linked.people().personOf(Fixture.find(linked, 2014, "LALLU SINGH")))
        .isEqualTo(linked.people().personOf(Fixture.find(linked, 2019, "LALLU SINGH")));
  }

  @Test
  void aByElectionBeforeTheGeneralElectionOfItsYearFillsTheOutgoingHousePer5() {
    Careers careers =
        new Fixture()
            .general(2004, "S04", 10, 1976, "PURNEA", "A. SINGH/BJP/100", "B. DAS/INC/50")
            .bye(2009, "S04", 10, 1976, "PURNEA", "B. DAS/INC/100", "C. RAM/IND/50")
            .general(2009, "S04", 10, 2008, "PURNEA", "B. DAS/INC/100", "A. SINGH/BJP/90")
            .careers(List.of());
    Candidacy bye = Fixture.find(careers, 2009, "C. RAM");
    Candidacy ge =
        careers.people().candidacies().stream()
            .filter(
                c ->
                    c.year() == 2009
                        && c.won()
                        && c.kind() == org.janadesh.core.election.ElectionKind.GENERAL)
            .findFirst()
            .orElseThrow();
    assertThat(bye.order()).isLessThan(ge.order());
    assertThat(bye.house()).isEqualTo(0);
    assertThat(careers.facts(ge).sittingMember().met())
        .as("PER-7: won the by-election for the outgoing house")
        .isTrue();
    assertThat(careers.facts(ge).incumbent().met()).isTrue();
    assertThat(careers.facts(ge).streak()).isEqualTo(2);
    assertThat(careers.facts(Fixture.find(careers, 2004, "B. DAS")).sittingMember().evidence())
        .contains("no win");
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> new PersonId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new PersonOverride.Ref(ElectionId.of("ls-2024"), StateCode.of("S01"), 1, "."))
        .hasMessageContaining("PER-4");
    PersonOverride.Ref r =
        new PersonOverride.Ref(ElectionId.of("ls-2024"), StateCode.of("S01"), 1, "A B");
    assertThatThrownBy(() -> new PersonOverride(PersonOverride.Kind.SAME, r, r, " "))
        .hasMessageContaining("PER-4");
    assertThat(r.toString()).isEqualTo("ls-2024 S01 PC 1 A B");
  }
}
