/**
 * Results of contests: candidates, votes (EVM, postal), NOTA, uncontested returns, winners-only
 * records.
 */
@NullMarked
package org.janadesh.core.result;

import org.jspecify.annotations.NullMarked;
