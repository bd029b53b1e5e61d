/**
 * Alliances and blocs: who counts together, per election and per state (ALL-1..ALL-6,
 * docs/rules/alliances.md), and their performance as the sum of their members.
 */
@NullMarked
package org.janadesh.core.alliance;

import org.jspecify.annotations.NullMarked;
