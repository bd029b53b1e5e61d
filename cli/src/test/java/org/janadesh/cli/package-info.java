/** Tests of the janadesh command line, run in-process against a temporary store. */
@NullMarked
package org.janadesh.cli;

import org.jspecify.annotations.NullMarked;
