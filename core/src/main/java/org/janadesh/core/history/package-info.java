/**
 * A party's or bloc's seats in every Lok Sabha, with the highest and lowest marked (HIS-1..HIS-3,
 * docs/rules/alliances.md).
 */
@NullMarked
package org.janadesh.core.history;

import org.jspecify.annotations.NullMarked;
