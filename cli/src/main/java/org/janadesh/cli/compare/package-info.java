/**
 * The compare command: two elections side by side, per party, alliance or bloc, and seat by seat.
 */
@NullMarked
package org.janadesh.cli.compare;

import org.jspecify.annotations.NullMarked;
