package org.janadesh.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.core.metrics.Polls.poll;

import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.rules.Verdict;
import org.junit.jupiter.api.Test;

class DepositsTest {
  @Test
  void dep1ExactlyOneSixthOfTheValidVotesIsForfeited() {
    // 100 of 600: does not exceed one-sixth, so forfeited (s.158(4) "does not exceed").
    Polls p = poll().candidate("A", 300).candidate("B", 200).candidate("C", 100);

    Verdict v = Deposits.forfeited(p.polled(), p.serial(3));

    assertThat(v.ruleId()).isEqualTo("DEP-1");
    assertThat(v.met()).isTrue();
    assertThat(v.evidence()).contains("100 votes ≤ 1/6 of 600");
  }

  @Test
  void dep1OneVoteMoreThanOneSixthKeepsTheDeposit() {
    Polls p = poll().candidate("A", 299).candidate("B", 200).candidate("C", 101);

    // 101 × 6 = 606 > 600
    assertThat(Deposits.forfeited(p.polled(), p.serial(3)).met()).isFalse();
  }

  @Test
  void dep2NotaIsLeftOutOfTheTotalButTcpdPutsItIn() {
    // Candidates 600, NOTA 30: 101 > 600/6 keeps the deposit in law; TCPD's base 630/6 = 105.
    Polls p = poll().candidate("A", 299).candidate("B", 200).candidate("C", 101).nota(30);

    Verdict law = Deposits.verdict(p.polled(), p.serial(3), DepositBase.CANDIDATES).orElseThrow();
    Verdict tcpd =
        Deposits.verdict(p.polled(), p.serial(3), DepositBase.ALL_VOTES_TCPD).orElseThrow();

    assertThat(law.met()).as("DEP-2: NOTA left out").isFalse();
    assertThat(law.evidence()).contains("NOTA left out (DEP-2)");
    assertThat(tcpd.ruleId()).isEqualTo("DEP-6");
    assertThat(tcpd.met()).as("DEP-6: TCPD's base counts NOTA").isTrue();
  }

  @Test
  void dep3AWinnerNeverForfeitsEvenBelowOneSixth() {
    // Seven near-equal candidates: the winner has under one-sixth of the votes.
    Polls p = poll();
    for (int i = 0; i < 7; i++) {
      p.candidate("C" + i, 100 - i);
    }
    Verdict v = Deposits.forfeited(p.polled(), p.serial(1));

    assertThat(v.ruleId()).isEqualTo("DEP-3");
    assertThat(v.met()).isFalse();
  }

  @Test
  void dep4OnATieTheCandidateChosenByLotKeepsItAndTheOtherIsJudgedByVotes() {
    Polls p = poll().candidate("A", 50).candidate("B", 50).candidate("C", 10).winner(2);
    Polled polled = p.polled();

    Verdict chosen = Deposits.forfeited(polled, p.serial(2));
    Verdict other = Deposits.forfeited(polled, p.serial(1));

    assertThat(chosen.ruleId()).isEqualTo("DEP-4");
    assertThat(chosen.met()).isFalse();
    assertThat(other.ruleId()).isEqualTo("DEP-1");
    assertThat(other.met()).isFalse();
  }

  @Test
  void dep5AnUncontestedReturnKeepsTheDeposit() {
    Uncontested surat =
        (Uncontested)
            Fixtures.contest(Fixtures.GUJARAT, 24, "SURAT").uncontested("DALAL", "BJP").outcome();

    Verdict v = Deposits.returnedUnopposed(surat);

    assertThat(v.ruleId()).isEqualTo("DEP-5");
    assertThat(v.met()).isFalse();
  }

  @Test
  void aPartialRecordGivesNoVerdictForALoserButStillForTheWinner() {
    Polls p = poll().candidate("A", 500).candidate("B", 10).partial();

    assertThat(Deposits.verdict(p.polled(), p.serial(2), DepositBase.CANDIDATES)).isEmpty();
    assertThat(Deposits.verdict(p.polled(), p.serial(1), DepositBase.CANDIDATES))
        .map(Verdict::met)
        .contains(false);
    assertThatThrownBy(() -> Deposits.forfeited(p.polled(), p.serial(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DEP-1");
  }
}
