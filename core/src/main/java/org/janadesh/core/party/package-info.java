/**
 * Parties: one canonical id per party, resolved from any source's spelling through an alias table.
 */
@NullMarked
package org.janadesh.core.party;

import org.jspecify.annotations.NullMarked;
