package org.janadesh.bench.child;

import java.util.Locale;

/**
 * What both engines must agree on after computing the contest metrics over every TCPD contest, in
 * whole numbers so the comparison is exact: percentages and ENOP are summed in hundredths, each
 * rounded half up from the exact ratio as MET-0 prescribes. Plain numbers only: the DuckDB JVM
 * loads this class and must not load Janadesh's.
 *
 * @param contests contests with metrics
 * @param places candidate and NOTA lines
 * @param forfeited candidates whose deposit is forfeited under the law (DEP-1, DEP-2)
 * @param margins contests with a margin (MET-1): at least two candidates
 * @param marginVotes the sum of those margins, in votes
 * @param marginHundredths the sum of the margin percentages (MET-2), in hundredths of a percent
 * @param shareHundredths the sum of every candidate's and NOTA's share (MET-3, MET-5), in
 *     hundredths
 * @param enops contests with an ENOP (MET-7): some votes polled
 * @param enopHundredths the sum of those ENOPs, in hundredths
 */
public record MetricsAnswer(
    long contests,
    long places,
    long forfeited,
    long margins,
    long marginVotes,
    long marginHundredths,
    long shareHundredths,
    long enops,
    long enopHundredths) {

  /** The mean ENOP over contests that have one. */
  public double meanEnop() {
    return enopHundredths / 100.0 / enops;
  }

  /** One line, compared as text across every run of both engines. */
  public String digest() {
    return String.format(
        Locale.ROOT,
        "contests=%d places=%d deposits-forfeited=%d margins=%d margin-sum=%d"
            + " margin-pct-sum=%.2f share-sum=%.2f enops=%d enop-sum=%.2f enop-mean=%.4f",
        contests,
        places,
        forfeited,
        margins,
        marginVotes,
        marginHundredths / 100.0,
        shareHundredths / 100.0,
        enops,
        enopHundredths / 100.0,
        meanEnop());
  }
}
