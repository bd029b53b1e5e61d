package org.janadesh.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.store.sqlite.SqliteArchive;
import org.jspecify.annotations.Nullable;

/**
 * The composition root: one store and one set of registries per command run, opened only when a
 * command needs them.
 */
public final class Desk implements AutoCloseable {
  private final Path db;
  private @Nullable Registries registries;
  private @Nullable SqliteArchive archive;

  public Desk(Path db) {
    this.db = db;
  }

  public Path db() {
    return db;
  }

  public Registries registries() {
    Registries loaded = registries;
    if (loaded == null) {
      loaded = Registries.loadBundled();
      registries = loaded;
    }
    return loaded;
  }

  public SqliteArchive archive() {
    SqliteArchive opened = archive;
    if (opened == null) {
      opened = SqliteArchive.open(db);
      archive = opened;
    }
    return opened;
  }

  /** The election with this id, or a user error listing how to see what exists. */
  public Election election(String id) {
    ElectionId electionId;
    try {
      electionId = ElectionId.of(id);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, String.valueOf(e.getMessage()));
    }
    return archive()
        .election(electionId)
        .orElseThrow(
            () ->
                new UserError(
                    ExitCodes.NOT_FOUND,
                    "no election '"
                        + id
                        + "' in "
                        + db
                        + " (run `janadesh elections` to list them, `janadesh import --bundled`"
                        + " to load the bundled data)"));
  }

  public List<Contest> contests(Election election) {
    return archive().contests(election.id());
  }

  /** Resolves a state given as code, abbreviation or any name, for the election's year. */
  public Optional<StateCode> state(@Nullable String state, Election election) {
    if (state == null) {
      return Optional.empty();
    }
    return Optional.of(
        registries()
            .states()
            .find(state, election.year())
            .map(s -> s.code())
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCodes.NOT_FOUND,
                        "unknown state or union territory '" + state + "' in " + election.year())));
  }

  /** The state's name as of the election. */
  public String stateName(StateCode code, Election election) {
    return registries().states().state(code, election.year()).name();
  }

  @Override
  public void close() {
    SqliteArchive opened = archive;
    if (opened != null) {
      opened.close();
    }
  }
}
