/** The tally command: seats and votes per party, national or per state. */
@NullMarked
package org.janadesh.cli.tally;

import org.jspecify.annotations.NullMarked;
