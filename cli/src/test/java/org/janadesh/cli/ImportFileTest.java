package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing one file: a bad row is reported with file, line, field and reason; all or nothing. */
class ImportFileTest {
  private static final String HEADER =
      "year,state_code,state_name,state_name_upper_eci,pc_no,pc_name,osn,candidate,party,"
          + "party_abbr,evm_votes,postal_votes,total_votes,vote_share_pct_eci,rank,is_winner,"
          + "margin,is_nota,uncontested,postal_dash\n";

  private static final String KOLLAM =
      "2024,S11,Kerala,KERALA,18,KOLLAM,1,N K PREMACHANDRAN,Revolutionary Socialist Party,RSP,"
          + "440000,3628,443628,48.45,1,True,150302,False,False,False\n"
          + "2024,S11,Kerala,KERALA,18,KOLLAM,2,M MUKESH,Communist Party of India  (Marxist),"
          + "CPI(M),291000,2326,293326,32.03,2,False,,False,False,False\n"
          + "2024,S11,Kerala,KERALA,18,KOLLAM,3,NOTA,None of the Above,NOTA,6000,6,6006,0.66,,"
          + "False,,True,False,False\n";

  private static final String ALATHUR_WITH_BAD_TOTAL =
      "2024,S11,Kerala,KERALA,9,ALATHUR,1,K RADHAKRISHNAN,Communist Party of India  (Marxist),"
          + "CPI(M),400000,3447,999999,40.66,1,True,20111,False,False,False\n"
          + "2024,S11,Kerala,KERALA,9,ALATHUR,2,REMYA HARIDAS,Indian National Congress,INC,"
          + "380000,3336,383336,38.66,2,False,,False,False,False\n";

  @TempDir Path dir;

  @Test
  void aBadRowIsReportedWithLineFieldAndReasonAndNothingIsSaved() throws IOException {
    Path file = write("bad.csv", HEADER + KOLLAM + ALATHUR_WITH_BAD_TOTAL);
    Path db = dir.resolve("j.db");

    Run run = Run.janadesh(db, "import", file.toString(), "--format", "eci-site-2024");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.REJECTED);
    assertThat(run.out()).contains(file + ":5 [total_votes]");
    assertThat(run.err()).contains("nothing was saved");
    assertThat(Run.janadesh(db, "elections").out()).contains("is empty");
  }

  @Test
  void allowRejectsSavesTheCleanContestsOnly() throws IOException {
    Path file = write("bad.csv", HEADER + KOLLAM + ALATHUR_WITH_BAD_TOTAL);
    Path db = dir.resolve("j.db");

    Run run =
        Run.janadesh(db, "import", file.toString(), "--format", "eci-site-2024", "--allow-rejects");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("contests 1 added");
    assertThat(Run.janadesh(db, "constituency", "ls-2024", "Kollam").out())
        .contains("N K PREMACHANDRAN");
    assertThat(Run.janadesh(db, "constituency", "ls-2024", "Alathur").exitCode())
        .isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() throws IOException {
    Path file = write("x.csv", HEADER);

    Run run = Run.janadesh(dir.resolve("j.db"), "import", file.toString(), "--format", "xyz");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown format 'xyz'").contains("eci-site-2024");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
