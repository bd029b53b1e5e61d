/** Per-contest and per-candidate measures: margin, share, turnout, NOTA, ENOP, deposits. */
@NullMarked
package org.janadesh.core.metrics;

import org.jspecify.annotations.NullMarked;
