/** Seeded synthetic counting days made from final results, for replays, demos and backtests. */
@NullMarked
package org.janadesh.core.counting.synthetic;

import org.jspecify.annotations.NullMarked;
