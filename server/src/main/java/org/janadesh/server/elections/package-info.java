/** {@code /api/v1/elections}: the elections in the archive, as the CLI's JSON contract. */
@NullMarked
package org.janadesh.server.elections;

import org.jspecify.annotations.NullMarked;
