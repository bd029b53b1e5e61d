package org.janadesh.store.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema up to date; every store opens its database through here. */
public final class Migrations {
  private Migrations() {}

  /**
   * Applies the migrations under {@code location} (for example {@code
   * classpath:db/migration/sqlite}) that the database has not yet had, and returns how many ran.
   * Applied migrations are never run again, and Flyway's {@code clean} stays disabled, so opening
   * an existing archive never loses data. A non-empty database without Flyway's history table is
   * refused rather than adopted.
   */
  public static int migrate(DataSource dataSource, String location) {
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(location)
            .failOnMissingLocations(true)
            .cleanDisabled(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
