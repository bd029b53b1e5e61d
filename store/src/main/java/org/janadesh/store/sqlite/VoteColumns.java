package org.janadesh.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.janadesh.core.result.Votes;
import org.jspecify.annotations.Nullable;

/**
 * Votes in five columns, as both {@code contest} (NOTA) and {@code candidacy} hold them: a kind,
 * then EVM, postal, other and total. No kind means no votes on record.
 */
final class VoteColumns {
  static final String BY_MODE = "by_mode";
  static final String TOTAL_ONLY = "total_only";

  private VoteColumns() {}

  /** Binds {@code votes} to the parameter {@code kind} and the four after it. */
  static void bind(PreparedStatement statement, int kind, @Nullable Votes votes)
      throws SQLException {
    switch (votes) {
      case null -> {
        statement.setNull(kind, Types.VARCHAR);
        setNulls(statement, kind + 1, kind + 4);
      }
      case Votes.ByMode byMode -> {
        statement.setString(kind, BY_MODE);
        statement.setLong(kind + 1, byMode.evm());
        statement.setLong(kind + 2, byMode.postal());
        statement.setLong(kind + 3, byMode.other());
        statement.setLong(kind + 4, byMode.total());
      }
      case Votes.TotalOnly totalOnly -> {
        statement.setString(kind, TOTAL_ONLY);
        setNulls(statement, kind + 1, kind + 3);
        statement.setLong(kind + 4, totalOnly.total());
      }
    }
  }

  /** Reads the votes in column {@code kind} and the four after it. */
  static @Nullable Votes read(ResultSet row, int kind) throws SQLException {
    String code = row.getString(kind);
    if (code == null) {
      return null;
    }
    return switch (code) {
      case BY_MODE ->
          new Votes.ByMode(row.getLong(kind + 1), row.getLong(kind + 2), row.getLong(kind + 3));
      case TOTAL_ONLY -> new Votes.TotalOnly(row.getLong(kind + 4));
      default -> throw Codes.corrupt("kind of votes", code);
    };
  }

  private static void setNulls(PreparedStatement statement, int from, int to) throws SQLException {
    for (int i = from; i <= to; i++) {
      statement.setNull(i, Types.BIGINT);
    }
  }
}
