/**
 * {@code GET /api/v1/elections/{id}/tally}: seats and votes per party, or performance per party,
 * alliance or bloc, nationally or in one state. The JSON builders and the counting glue here are
 * the ones {@code janadesh tally} uses, so the CLI and the API cannot disagree.
 */
@NullMarked
package org.janadesh.server.tally;

import org.jspecify.annotations.NullMarked;
