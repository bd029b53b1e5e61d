package org.janadesh.cli.counting.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.counting.CountLabel;
import org.janadesh.cli.counting.OpenCount;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Table;
import org.janadesh.core.counting.Quarantined;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.rules.Verdict;
import org.janadesh.server.live.QuarantineDocument;
import org.janadesh.store.counting.CountRead;
import org.janadesh.store.counting.CountSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh quarantine ELECTION[#LABEL]}: the submissions a count rejected, with the CNT
 * rules they broke and the evidence. The JSON shape is a documented contract
 * (docs/json-contracts.md).
 */
@Command(
    name = "quarantine",
    description =
        "Submissions a count (real or TEST) rejected: sequence, constituency, key, the CNT rules"
            + " broken and the evidence.")
public final class QuarantineCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ELECTION[#LABEL]",
      description = "ls-2024 for the real count, ls-2024#jsonl for a test count")
  private String count = "";

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk();
        OpenCount opened = OpenCount.existing(desk, count)) {
      CountRead<List<Quarantined>> read = opened.counting().quarantine();
      Map<ConstituencyId, String> names = new HashMap<>();
      for (Contest c : opened.contests()) {
        names.put(c.constituency(), c.name());
      }
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      CountSession session = opened.session();
      switch (format.format()) {
        case JSON -> Json.print(out, json(session, read, names));
        case CSV -> csv(out, session, read.value(), names);
        case TABLE -> table(out, session, read, names);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static String name(Map<ConstituencyId, String> names, ConstituencyId id) {
    return names.getOrDefault(id, "(not a seat of this election)");
  }

  static ObjectNode json(
      CountSession session, CountRead<List<Quarantined>> read, Map<ConstituencyId, String> names) {
    return QuarantineDocument.json(session, read, names);
  }

  private static void csv(
      PrintWriter out,
      CountSession session,
      List<Quarantined> quarantine,
      Map<ConstituencyId, String> names) {
    Csv.line(
        out,
        "count",
        "test",
        "seq",
        "state",
        "number",
        "constituency",
        "key",
        "kind",
        "rule",
        "evidence");
    for (Quarantined q : quarantine) {
      ConstituencyId id = q.submission().constituency();
      for (Verdict v : q.broken()) {
        Csv.line(
            out,
            session.id().value(),
            Boolean.toString(session.isTest()),
            Long.toString(q.sequence()),
            id.state().value(),
            Integer.toString(id.number()),
            name(names, id),
            q.submission().key(),
            q.submission().update().kind(),
            v.ruleId(),
            v.evidence());
      }
    }
  }

  private static void table(
      PrintWriter out,
      CountSession session,
      CountRead<List<Quarantined>> read,
      Map<ConstituencyId, String> names) {
    CountLabel.header(out, session);
    List<Quarantined> quarantine = read.value();
    out.println(
        quarantine.size()
            + (quarantine.size() == 1 ? " submission" : " submissions")
            + " quarantined, as of log sequence "
            + read.sequence());
    if (!quarantine.isEmpty()) {
      out.println();
      Table table = Table.of("Seq>", "Constituency", "Key", "Kind", "Rules", "Evidence");
      for (Quarantined q : quarantine) {
        ConstituencyId id = q.submission().constituency();
        table.row(
            Long.toString(q.sequence()),
            name(names, id) + " (" + id.state().value() + "/" + id.number() + ")",
            q.submission().key(),
            q.submission().update().kind(),
            q.broken().stream().map(Verdict::ruleId).collect(Collectors.joining(", ")),
            q.broken().stream()
                .map(v -> v.ruleId() + ": " + v.evidence())
                .collect(Collectors.joining("; ")));
      }
      table.print(out);
    }
    if (session.isTest()) {
      out.println(CountLabel.TEST_BANNER);
    }
  }
}
