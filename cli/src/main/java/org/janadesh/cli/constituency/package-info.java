/** The constituency command: one seat's full result, found by number, name or alias. */
@NullMarked
package org.janadesh.cli.constituency;

import org.jspecify.annotations.NullMarked;
