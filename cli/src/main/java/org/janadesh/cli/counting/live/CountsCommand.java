package org.janadesh.cli.counting.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.counting.CountLabel;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Table;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.SqliteCountingLog;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh counts}: the counts in the store, each marked real or TEST. */
@Command(
    name = "counts",
    description = "Counts in the store: the real count of an election, and TEST counts.")
public final class CountsCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Mixin private FormatOption format = new FormatOption();

  private record Row(CountSession count, long lastSequence) {}

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      List<Row> rows = new ArrayList<>();
      for (CountSession s : SqliteCountingLog.sessions(desk.db())) {
        try (SqliteCountingLog log = SqliteCountingLog.open(desk.db(), s, new JsonLinesCodec())) {
          rows.add(new Row(s, log.lastSequence()));
        }
      }
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      switch (format.format()) {
        case JSON -> {
          ObjectNode rootNode = Json.object();
          ArrayNode list = rootNode.putArray("counts");
          for (Row r : rows) {
            ObjectNode row = CountLabel.json(list.addObject(), r.count());
            row.put("last_seq", r.lastSequence());
          }
          Json.print(out, rootNode);
        }
        case CSV -> {
          Csv.line(out, "count", "test", "election", "last_seq", "description");
          for (Row r : rows) {
            Csv.line(
                out,
                r.count().id().value(),
                Boolean.toString(r.count().isTest()),
                r.count().election().value(),
                Long.toString(r.lastSequence()),
                r.count().description());
          }
        }
        case TABLE -> {
          if (rows.isEmpty()) {
            out.println(
                "No counts in "
                    + desk.db()
                    + ": `janadesh replay` makes a TEST count, `janadesh ingest` feeds the real"
                    + " count.");
          } else {
            Table table = Table.of("Count", "Kind", "Entries>", "Description");
            for (Row r : rows) {
              table.row(
                  r.count().id().value(),
                  r.count().isTest() ? "TEST (not a real result)" : "real",
                  Long.toString(r.lastSequence()),
                  r.count().description());
            }
            table.print(out);
          }
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
