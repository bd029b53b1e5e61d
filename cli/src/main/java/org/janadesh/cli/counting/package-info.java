/**
 * Live counting on the command line: opening a count of the store (real or TEST) and labelling
 * every answer taken from a test count so no output can pass it off as a real result.
 */
@NullMarked
package org.janadesh.cli.counting;

import org.jspecify.annotations.NullMarked;
