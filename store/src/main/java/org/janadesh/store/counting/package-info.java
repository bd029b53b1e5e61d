/**
 * The durable counting log and the desk that decides, logs and folds counting-day updates: a
 * decider thread and a committer thread commit submissions in groups, acknowledge only after the
 * commit, and keep the election's projection in memory, rebuilt from the log on start
 * (docs/adr/0008-counting-log.md).
 */
@NullMarked
package org.janadesh.store.counting;

import org.jspecify.annotations.NullMarked;
