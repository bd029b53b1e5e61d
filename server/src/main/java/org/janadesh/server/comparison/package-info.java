/**
 * {@code GET /api/v1/compare}: two elections side by side per party, alliance or bloc, and seat by
 * seat; the same comparison and JSON as {@code janadesh compare}.
 */
@NullMarked
package org.janadesh.server.comparison;

import org.jspecify.annotations.NullMarked;
