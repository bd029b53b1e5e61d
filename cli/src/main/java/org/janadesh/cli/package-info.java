/** The janadesh command line and its composition root. */
@NullMarked
package org.janadesh.cli;

import org.jspecify.annotations.NullMarked;
