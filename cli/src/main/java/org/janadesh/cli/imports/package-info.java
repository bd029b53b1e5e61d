/** The import command: bundled data or one file of a named format, all or nothing. */
@NullMarked
package org.janadesh.cli.imports;

import org.jspecify.annotations.NullMarked;
