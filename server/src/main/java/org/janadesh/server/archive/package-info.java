/**
 * What every finished-results route shares: request words (election id, state, party, bloc, seat)
 * parsed into domain types, or a problem document that says what was wrong and what was meant.
 */
@NullMarked
package org.janadesh.server.archive;

import org.jspecify.annotations.NullMarked;
