package org.janadesh.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/** Small JDBC helpers the tables share. */
final class Sql {
  private Sql() {}

  /**
   * The row id after the largest in {@code table}. Safe only inside a write transaction, which
   * keeps every other writer out until commit.
   */
  static long nextId(Connection connection, String table) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM " + table);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  static void setNullableLong(PreparedStatement statement, int parameter, @Nullable Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(parameter, Types.BIGINT);
    } else {
      statement.setLong(parameter, value);
    }
  }

  static @Nullable Long nullableLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }
}
