/** Tests of the counting log and desk: a contract any engine must pass, run here on SQLite. */
@NullMarked
package org.janadesh.store.counting;

import org.jspecify.annotations.NullMarked;
