package org.janadesh.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.janadesh.core.archive.ImportBatch;

/** Appends to {@code import_batch}: which file was saved when, and what it changed. */
final class ImportLog {
  private ImportLog() {}

  /** Records a save and returns its row id, which the contests it writes point to. */
  static long record(Connection connection, ImportBatch batch, SavePlan plan, Instant savedAt)
      throws SQLException {
    long id = Sql.nextId(connection, "import_batch");
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO import_batch (id, source, sha256, saved_at,
                elections_added, elections_updated, elections_unchanged,
                contests_added, contests_replaced, contests_unchanged)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)) {
      insert.setLong(1, id);
      insert.setString(2, batch.source());
      insert.setString(3, batch.sha256());
      insert.setString(4, savedAt.toString());
      insert.setInt(5, plan.electionsToInsert().size());
      insert.setInt(6, plan.electionsToUpdate().size());
      insert.setInt(7, plan.electionsUnchanged());
      insert.setInt(8, plan.contestsToInsert().size());
      insert.setInt(9, plan.contestsToReplace().size());
      insert.setInt(10, plan.contestsUnchanged());
      insert.executeUpdate();
    }
    return id;
  }
}
