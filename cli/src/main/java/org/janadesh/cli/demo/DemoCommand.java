package org.janadesh.cli.demo;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh demo}: imports the bundled data into the store and prints the national Lok Sabha
 * 2024 tally, through the same commands a user would type.
 */
@Command(
    name = "demo",
    description = "Import the bundled data into the store and print the Lok Sabha 2024 tally.")
public final class DemoCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec self = Objects.requireNonNull(spec);
    CommandLine top = self.root().commandLine();
    String db = Objects.requireNonNull(root).desk().db().toString();
    int imported = top.execute("import", "--bundled", "--db", db);
    if (imported != ExitCodes.OK) {
      return imported;
    }
    self.commandLine().getOut().println();
    self.commandLine().getOut().flush();
    return top.execute("tally", "ls-2024", "--db", db);
  }
}
