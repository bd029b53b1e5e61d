/** {@code janadesh serve}: the web server and dashboard over the store. */
@NullMarked
package org.janadesh.cli.serve;

import org.jspecify.annotations.NullMarked;
