package org.janadesh.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.archive.ArchiveWriter;
import org.janadesh.store.contract.ArchiveContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteArchiveTest extends ArchiveContract {
  private SqliteArchive archive;

  @BeforeEach
  void openArchive(@TempDir Path directory) {
    archive = SqliteArchive.open(directory.resolve("archive.db"));
  }

  @AfterEach
  void closeArchive() {
    archive.close();
  }

  @Override
  protected Archive archive() {
    return archive;
  }

  @Override
  protected ArchiveWriter writer() {
    return archive;
  }

  /** A trigger, added from a second connection as an outside fault would come. */
  @Override
  protected void failWhenWritingCandidate(String name) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + archive.file());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TRIGGER injected_failure BEFORE INSERT ON candidacy"
              + " WHEN NEW.name = '"
              + name.replace("'", "''")
              + "' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    }
  }
}
