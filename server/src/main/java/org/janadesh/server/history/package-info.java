/** {@code /api/v1/history}: a party's or bloc's seats in every Lok Sabha, as the CLI has them. */
@NullMarked
package org.janadesh.server.history;

import org.jspecify.annotations.NullMarked;
