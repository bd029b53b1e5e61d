/**
 * Comparing two elections: seats and vote share before and now, swing, and seat by seat who held,
 * gained or lost (CMP-1..CMP-5, docs/rules/alliances.md).
 */
@NullMarked
package org.janadesh.core.comparison;

import org.jspecify.annotations.NullMarked;
