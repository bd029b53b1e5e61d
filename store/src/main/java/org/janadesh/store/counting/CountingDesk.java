package org.janadesh.store.counting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.janadesh.core.counting.CountingEvent;
import org.janadesh.core.counting.Decision;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.Quarantined;
import org.janadesh.core.counting.Submission;
import org.jspecify.annotations.Nullable;

/**
 * The counting desk of one count: decides each submission ({@link ElectionCount#decide}), appends
 * it to the durable log, folds it into the projection and only then answers.
 *
 * <p>Any number of threads may {@link #submit}. Two threads form a pipeline. The decider takes what
 * is waiting (up to {@link Options#maxBatch()} submissions) and decides them one after another
 * against the state the earlier ones leave, including batches not yet committed. The committer
 * appends each decided batch in one transaction (group commit) and, after the commit, publishes the
 * new state and completes the futures in order. So batch n+1 is decided while batch n is being
 * committed, and still no answer and no read gets ahead of the log. Futures complete on the
 * committer thread: chain slow work with the {@code *Async} methods.
 *
 * <p>If an append fails, nothing of that batch was written or acknowledged, and the desk stops: the
 * batches already decided after it fail with the cause too (they were decided against state the log
 * does not hold), and so does every later submission. Reopening rebuilds the state from what the
 * log holds, which is the only state known to be true.
 *
 * <p>A desk opened with {@link #follow} is a read node's (ADR 0012): it decides and writes nothing,
 * refuses every submission, and takes what the writer process appends when {@link #catchUp} is
 * called; its reads are those of a writer's desk.
 */
public final class CountingDesk implements AutoCloseable {
  /**
   * How many submissions one commit may take, and how often the desk keeps an in-memory snapshot.
   */
  public record Options(int maxBatch, int snapshotEvery) {
    public Options {
      if (maxBatch < 1 || snapshotEvery < 1) {
        throw new IllegalArgumentException("batch and snapshot interval must be 1 or more");
      }
    }

    /** Up to 1,000 submissions per commit; an as-of snapshot every 1,000 entries. */
    public static Options defaults() {
      return new Options(1_000, 1_000);
    }
  }

  private static final int READ_PAGE = 10_000;

  /** How many decided batches may wait for the committer before the decider waits too. */
  private static final int HANDOFF = 4;

  private final CountingLog log;
  private final CountSession session;
  private final Options options;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final ReentrantLock admission = new ReentrantLock();

  /** Decided batches on their way to the committer, which commits all that wait at once. */
  private final ArrayBlockingQueue<Decided> handoff = new ArrayBlockingQueue<>(HANDOFF);

  private final Thread decider;
  private final Thread committer;

  /**
   * Decider only: every key decided, committed or on its way, with its answer (CNT-8). A key in a
   * batch not yet committed may answer a duplicate: that answer waits for its own batch's commit,
   * which comes after the earlier one's, and fails if the earlier one fails.
   */
  private final Map<DecidedKey, LogEntry> decided = new HashMap<>();

  /** Decider only: the state after every batch decided so far; {@link #committed} trails it. */
  private Committed decidedUpTo;

  /** Transactions committed since the desk opened: with the entry count, the mean group size. */
  private final AtomicLong commits = new AtomicLong();

  /** Told the last sequence after every commit that appended entries (see {@link #onCommit}). */
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

  private volatile Committed committed;
  private volatile @Nullable RuntimeException failure;
  private boolean closing;

  /** True for a read node's desk ({@link #follow}): its threads are never started. */
  private final boolean follows;

  /** Held by {@link #catchUp} and by {@link #close} of a following desk. */
  private final ReentrantLock following = new ReentrantLock();

  private record Pending(@Nullable Submission submission, CompletableFuture<Outcome> answer) {}

  private static final Pending STOP = new Pending(null, new CompletableFuture<>());

  /**
   * A decided batch: its answers (null where the future already failed) and the state after it,
   * which is null only in {@link #END}.
   */
  private record Decided(
      List<Pending> batch,
      CountingLog.Staged entries,
      List<@Nullable Outcome> answers,
      @Nullable Committed after) {}

  /** The decider's last word to the committer. */
  private static final Decided END = new Decided(List.of(), List::of, List.of(), null);

  private CountingDesk(CountingLog log, Options options, Committed committed, boolean follows) {
    this.log = log;
    this.session = log.session();
    this.options = options;
    this.committed = committed;
    this.decidedUpTo = committed;
    this.follows = follows;
    if (!follows) {
      for (LogEntry e : committed.entries()) { // CNT-8 answers, by key
        decided.put(DecidedKey.of(e.submission()), e);
      }
    }
    this.decider =
        Thread.ofPlatform().name("counting-desk-decide-" + session.id()).unstarted(this::decideAll);
    this.committer =
        Thread.ofPlatform().name("counting-desk-commit-" + session.id()).unstarted(this::commitAll);
  }

  /** Opens the desk over {@code log} with {@link Options#defaults()}. */
  public static CountingDesk open(CountingLog log, Nominations nominations) {
    return open(log, nominations, Options.defaults());
  }

  /**
   * Rebuilds the projection by folding the whole log in sequence order and starts the decider and
   * the committer. The desk owns {@code log} from here and closes it.
   *
   * @throws IllegalArgumentException if {@code nominations} are not of the count's election
   */
  public static CountingDesk open(CountingLog log, Nominations nominations, Options options) {
    CountingDesk desk = new CountingDesk(log, options, fold(log, nominations, options), false);
    desk.committer.start();
    desk.decider.start();
    return desk;
  }

  /**
   * Follows {@code log} with {@link Options#defaults()} (see {@link #follow(CountingLog,
   * Nominations, Options)}).
   */
  public static CountingDesk follow(CountingLog log, Nominations nominations) {
    return follow(log, nominations, Options.defaults());
  }

  /**
   * A read node's desk (ADR 0012): folds the whole log as {@link #open} does, with the same order
   * checks (ADR 0011), but starts no decider and no committer. Another process writes the log; this
   * desk takes its new entries on each {@link #catchUp} and refuses {@link #submit}. The desk owns
   * {@code log} from here and closes it; it never writes to it.
   *
   * @throws IllegalArgumentException if {@code nominations} are not of the count's election
   * @throws StorageFailure if the log is broken (a gap, a receive time that falls)
   */
  public static CountingDesk follow(CountingLog log, Nominations nominations, Options options) {
    return new CountingDesk(log, options, fold(log, nominations, options), true);
  }

  /** The log folded from its first entry, each checked for order (ADR 0011). */
  private static Committed fold(CountingLog log, Nominations nominations, Options options) {
    if (!nominations.election().equals(log.session().election())) {
      throw new IllegalArgumentException(
          "count " + log.session().id() + " cannot take nominations of " + nominations.election());
    }
    ElectionCount count = ElectionCount.start(nominations);
    return foldOn(log, Committed.empty(count, options.snapshotEvery()));
  }

  /** {@code from} with every entry the log holds after it, read in pages and checked for order. */
  private static Committed foldOn(CountingLog log, Committed from) {
    Committed committed = from;
    ElectionCount count = from.count();
    @Nullable Instant lastReceived = from.entries().isEmpty() ? null : lastReceived(from);
    while (true) {
      List<LogEntry> page = log.read(count.sequence(), READ_PAGE);
      for (LogEntry e : page) {
        checkOrder(log, count.sequence(), lastReceived, e);
        lastReceived = e.submission().received();
        count = count.apply(e);
        committed = committed.append(count, e);
      }
      if (page.size() < READ_PAGE) {
        return committed;
      }
    }
  }

  /**
   * A read node's desk takes the entries the writer appended since the last call: reads them from
   * the log in pages, checks their order (ADR 0011), folds them, publishes the new state with one
   * volatile write (as the committer does) and then tells the {@link #onCommit} listeners the last
   * sequence, on the calling thread. Returns how many entries it took (0: nothing new, nobody
   * told). Readers may read meanwhile; calls from several threads take turns.
   *
   * @throws IllegalStateException if this desk is a writer's ({@link #open}) or is closed
   * @throws StorageFailure if the log cannot be read or is broken; nothing of this call is
   *     published, and the next call tries again from the same place
   */
  public int catchUp() {
    if (!follows) {
      throw new IllegalStateException(
          "the desk of " + session.id() + " writes its log; only a following desk catches up");
    }
    following.lock();
    try {
      if (closing) {
        throw new IllegalStateException("the desk of " + session.id() + " is closed");
      }
      Committed before = committed;
      Committed after = foldOn(log, before);
      int taken = after.size() - before.size();
      if (taken > 0) {
        committed = after;
        tell(after.count().sequence());
      }
      return taken;
    } finally {
      following.unlock();
    }
  }

  /** True for a read node's desk ({@link #follow}), which never writes. */
  public boolean follows() {
    return follows;
  }

  /** The count this desk keeps. */
  public CountSession session() {
    return session;
  }

  /**
   * Decides, logs and folds {@code submission}. The future completes only after the entry that
   * answers it is committed: {@link Outcome.Accepted}, {@link Outcome.Rejected} (quarantined with
   * its broken rules) or {@link Outcome.Duplicate} (the original answer; nothing written). It fails
   * if the log could not be written, or the desk is closed or stopped.
   */
  public CompletableFuture<Outcome> submit(Submission submission) {
    CompletableFuture<Outcome> answer = new CompletableFuture<>();
    admission.lock();
    try {
      RuntimeException stopped = failure;
      if (follows) {
        answer.completeExceptionally(
            new IllegalStateException(
                "count "
                    + session.id()
                    + " is not written here: this node follows the log its writer appends (a read"
                    + " node, ADR 0012); send the submission to the writer"));
      } else if (stopped != null) {
        answer.completeExceptionally(
            new IllegalStateException("the desk of " + session.id() + " has stopped", stopped));
      } else if (closing) {
        answer.completeExceptionally(
            new IllegalStateException("the desk of " + session.id() + " is closed"));
      } else {
        queue.add(new Pending(submission, answer));
      }
    } finally {
      admission.unlock();
    }
    return answer;
  }

  /**
   * Calls {@code listener} with the last committed sequence after every commit that appended
   * entries, on the writer thread, after the new state is published and before the submitters are
   * answered (a following desk: after every {@link #catchUp} that took entries, on its caller's
   * thread, once the new state is published): a reader woken by it sees at least that sequence
   * through {@link #since} and {@link #current}. It must return at once (signal a thread of its
   * own; never block or read the log); an exception it throws is reported to the thread's handler
   * and does not stop the desk.
   */
  public void onCommit(LongConsumer listener) {
    listeners.add(listener);
  }

  /** The projection after every committed entry. */
  public CountRead<ElectionCount> current() {
    ElectionCount count = committed.count();
    return new CountRead<>(session, count.sequence(), count);
  }

  /**
   * The committed entries numbered above {@code after}, at most {@code limit}, in sequence order:
   * what a reader that has seen up to {@code after} is missing.
   */
  public CountRead<List<LogEntry>> since(long after, int limit) {
    Committed now = committed;
    return new CountRead<>(session, now.count().sequence(), now.since(after, limit));
  }

  /** The quarantine: every rejected submission with the rules it broke, in sequence order. */
  public CountRead<List<Quarantined>> quarantine() {
    ElectionCount count = committed.count();
    return new CountRead<>(session, count.sequence(), count.quarantine());
  }

  /** The state after every entry numbered {@code sequence} or lower. */
  public CountRead<ElectionCount> asOfSequence(long sequence) {
    ElectionCount count = committed.first(sequence);
    return new CountRead<>(session, count.sequence(), count);
  }

  /** The state as a reader saw it at {@code moment}: every entry received at or before it. */
  public CountRead<ElectionCount> asOfTime(Instant moment) {
    Committed now = committed;
    ElectionCount count = now.first(now.receivedBy(moment));
    return new CountRead<>(session, count.sequence(), count);
  }

  /**
   * Answers what is already submitted, stops both threads and closes the log. Closing twice does
   * nothing.
   */
  @Override
  public void close() {
    if (follows) {
      following.lock(); // waits for a catch-up under way, so the log is not closed under it
      try {
        if (!closing) {
          closing = true;
          log.close();
        }
      } finally {
        following.unlock();
      }
      return;
    }
    admission.lock();
    try {
      if (closing) {
        return;
      }
      closing = true;
      queue.add(STOP);
    } finally {
      admission.unlock();
    }
    boolean interrupted = false;
    for (Thread t : List.of(decider, committer)) { // the decider ends the committer
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    log.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The decider: takes what is waiting, decides it against the state the batches before it leave
   * (committed or not yet) and hands it to the committer. It runs until the stop marker, also after
   * a failure, so that every submission taken is answered.
   */
  private void decideAll() {
    List<Pending> batch = new ArrayList<>();
    try {
      boolean stop = false;
      while (!stop) {
        batch = new ArrayList<>();
        batch.add(queue.take());
        queue.drainTo(batch, options.maxBatch() - 1);
        if (batch.get(batch.size() - 1).submission() == null) { // the stop marker
          batch.remove(batch.size() - 1);
          stop = true;
        }
        RuntimeException stopped = failure;
        if (stopped != null) {
          fail(batch, stopped);
        } else {
          handoff.put(decide(batch));
        }
        batch = new ArrayList<>();
      }
    } catch (InterruptedException e) {
      failure = new IllegalStateException("the desk's decider was interrupted", e);
    } catch (RuntimeException | Error e) {
      RuntimeException why = new IllegalStateException("the desk's decider failed", e);
      failure = why;
      fail(batch, why);
      throw e;
    } finally {
      RuntimeException why = failure;
      List<Pending> left = new ArrayList<>();
      queue.drainTo(left);
      fail(left, why != null ? why : new IllegalStateException("the desk is closed"));
      putUninterruptibly(END);
    }
  }

  /**
   * The committer: appends what is decided in one transaction, in the order decided (the batches
   * waiting when it comes round, up to {@link Options#maxBatch()} entries, so a decider that runs
   * ahead with small batches does not cost an fsync per batch), and only after the commit publishes
   * the state and answers. Once an append fails, those batches and every batch decided after them
   * fail with the cause: each was decided against state that is not in the log.
   */
  private void commitAll() {
    List<Decided> group = new ArrayList<>();
    boolean end = false;
    while (!end) {
      group.clear();
      try {
        group.add(handoff.take());
      } catch (InterruptedException e) {
        if (failure == null) {
          failure = new IllegalStateException("the desk's committer was interrupted", e);
        }
        continue; // keep failing what the decider hands over until it ends
      }
      end = join(group);
      if (!group.isEmpty()) {
        commit(group);
      }
    }
  }

  /**
   * Adds to {@code group} (one batch) the decided batches waiting behind it while the transaction
   * stays within {@link Options#maxBatch()} entries; true if the decider's {@link #END} was among
   * them (it is taken off: nothing follows it).
   */
  private boolean join(List<Decided> group) {
    int size = group.get(0).entries().entries().size();
    while (true) {
      Decided last = group.get(group.size() - 1);
      if (last.after() == null) {
        group.remove(group.size() - 1);
        return true;
      }
      Decided next = handoff.peek(); // only the committer takes from the hand-off
      if (next == null) {
        return false;
      }
      int more = next.entries().entries().size();
      if (next.after() != null && size + more > options.maxBatch()) {
        return false;
      }
      group.add(handoff.remove());
      size += more;
    }
  }

  private void commit(List<Decided> group) {
    RuntimeException stopped = failure;
    if (stopped != null) {
      group.forEach(d -> fail(d.batch(), stopped));
      return;
    }
    List<CountingLog.Staged> staged = new ArrayList<>(group.size());
    boolean written = false;
    for (Decided d : group) {
      staged.add(d.entries());
      written |= !d.entries().entries().isEmpty();
    }
    try {
      log.appendStaged(staged);
    } catch (RuntimeException | Error e) {
      RuntimeException why =
          e instanceof RuntimeException r
              ? r
              : new IllegalStateException("the desk's committer failed", e);
      failure = why;
      group.forEach(d -> fail(d.batch(), why));
      return;
    }
    if (written) {
      commits.incrementAndGet();
    }
    Committed after = group.get(group.size() - 1).after();
    if (after != null) {
      committed = after;
      if (written) {
        // listeners (live push) hear of the commit before any submitter is answered
        tell(after.count().sequence());
      }
    }
    for (Decided d : group) {
      for (int i = 0; i < d.batch().size(); i++) {
        Outcome answer = d.answers().get(i);
        if (answer != null) {
          d.batch().get(i).answer().complete(answer);
        }
      }
    }
  }

  private void putUninterruptibly(Decided d) {
    boolean interrupted = false;
    while (true) {
      try {
        handoff.put(d);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The log's order ({@link LogOrder}, ADR 0011), checked again as a count opens or a read node
   * catches up: the writer checks it on every append, and this catches a row written around the
   * desk (by hand, or by another program) before any answer rests on it.
   */
  private static void checkOrder(
      CountingLog log, long last, @Nullable Instant lastReceived, LogEntry e) {
    LogOrder broken = LogOrder.broken(last, lastReceived, e);
    if (broken == null) {
      return;
    }
    String what =
        switch (broken) {
          case GAP -> "entry " + e.sequence() + " follows entry " + last;
          case FALL ->
              "entry "
                  + e.sequence()
                  + " was received at "
                  + e.submission().received()
                  + ", before entry "
                  + last
                  + " at "
                  + lastReceived;
        };
    throw new StorageFailure(
        "the log of count "
            + log.session().id()
            + " is broken: "
            + what
            + " ("
            + broken.rule()
            + ")",
        null);
  }

  /** Decides a batch in order against the state the batches before it leave. */
  private Decided decide(List<Pending> batch) {
    Committed after = decidedUpTo;
    ElectionCount state = after.count();
    Instant lastReceived = lastReceived(after);
    List<LogEntry> entries = new ArrayList<>();
    List<@Nullable Outcome> answers = new ArrayList<>();
    for (Pending p : batch) {
      Submission s = received(submission(p), lastReceived);
      DecidedKey key = DecidedKey.of(s);
      LogEntry prior = decided.get(key);
      if (prior != null) {
        // CNT-8; answered after this batch commits, so after the batch that decided prior did
        answers.add(new Outcome.Duplicate(session, prior));
        continue;
      }
      Decision decision;
      try {
        decision = state.decide(s);
      } catch (RuntimeException bug) {
        p.answer().completeExceptionally(bug);
        answers.add(null);
        continue;
      }
      LogEntry entry;
      switch (decision) {
        case Decision.Duplicate d -> {
          answers.add(new Outcome.Duplicate(session, d.original())); // CNT-4: the same round
          continue;
        }
        case Decision.Accepted a -> entry = s.at(state.sequence() + 1);
        case Decision.Rejected r -> entry = new Quarantined(state.sequence() + 1, s, r.broken());
      }
      state = state.apply(entry);
      after = after.append(state, entry);
      entries.add(entry);
      decided.put(key, entry);
      lastReceived = s.received();
      answers.add(outcome(entry));
    }
    decidedUpTo = after;
    // staged here, on the decider: the committer holds the write transaction only for SQLite's work
    return new Decided(batch, log.stage(entries), answers, after);
  }

  private void tell(long sequence) {
    for (LongConsumer listener : listeners) {
      try {
        listener.accept(sequence);
      } catch (RuntimeException e) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
      }
    }
  }

  private static Submission submission(Pending p) {
    Submission s = p.submission();
    if (s == null) {
      throw new IllegalStateException("the stop marker is not a submission");
    }
    return s;
  }

  /**
   * {@code s} stamped no earlier than the log's last entry: the log's order is the order the desk
   * took updates in, and the as-of-a-time view needs receive times that never fall along it.
   */
  private static Submission received(Submission s, Instant lastReceived) {
    if (!s.received().isBefore(lastReceived)) {
      return s;
    }
    return new Submission(
        s.election(), s.constituency(), s.published(), lastReceived, s.key(), s.update());
  }

  private static Instant lastReceived(Committed c) {
    List<LogEntry> entries = c.entries();
    return entries.isEmpty()
        ? Instant.MIN
        : entries.get(entries.size() - 1).submission().received();
  }

  private Outcome outcome(LogEntry entry) {
    return switch (entry) {
      case CountingEvent e -> new Outcome.Accepted(session, e);
      case Quarantined q -> new Outcome.Rejected(session, q);
    };
  }

  private static void fail(List<Pending> pending, Throwable why) {
    for (Pending p : pending) {
      p.answer().completeExceptionally(why);
    }
  }

  /** How many decided batches wait for the committer (for tests of the pipeline). */
  int decidedWaiting() {
    return handoff.size();
  }

  /** How many transactions the desk has committed since it opened (for measurements). */
  long commits() {
    return commits.get();
  }

  @Override
  public String toString() {
    return "CountingDesk[" + session.id() + "]";
  }
}
