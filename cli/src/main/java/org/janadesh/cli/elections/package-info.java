/** The elections command: what the archive holds. */
@NullMarked
package org.janadesh.cli.elections;

import org.jspecify.annotations.NullMarked;
