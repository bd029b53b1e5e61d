package org.janadesh.bench.child;

import java.nio.file.Path;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * Scenario {@code janadesh-sqlite}: the registries, then a store built beforehand opened (which
 * checks its schema with Flyway, as every command's open does) and every election's contests read
 * into memory, then the national 2024 tally.
 */
final class JanadeshSqlite {
  private JanadeshSqlite() {}

  static void run(Probe probe, Path db) {
    Registries registries = Registries.loadBundled();
    probe.lap("registries");
    try (SqliteArchive archive = SqliteArchive.open(db)) {
      probe.lap("open");
      Loaded loaded = Loaded.fromStore(registries, archive);
      probe.lap("read");
      SeatTally tally = loaded.tallyIndia(Loaded.LS_2024);
      probe.lap("tally");
      probe.stop();
      probe.answer(Answer.of(tally).requireDeclared("janadesh-sqlite"));
      probe.metric("elections", loaded.elections().size());
      probe.metric("contests", loaded.contestCount());
    }
  }
}
