/** Tests of {@code janadesh serve}. */
@NullMarked
package org.janadesh.cli.serve;

import org.jspecify.annotations.NullMarked;
