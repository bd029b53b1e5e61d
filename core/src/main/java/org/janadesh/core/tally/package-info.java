/** Seats and votes per party, nationally or for one state, computed from contest results. */
@NullMarked
package org.janadesh.core.tally;

import org.jspecify.annotations.NullMarked;
