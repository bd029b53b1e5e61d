/**
 * Live counting: counting-day events, their validation (CNT rules in docs/rules/counting.md), the
 * per-constituency fold, the election projection (Won / Leading / Total), as-of views and lead
 * safety. Pure functions; every instant comes on an event, never from a clock.
 */
@NullMarked
package org.janadesh.core.counting;

import org.jspecify.annotations.NullMarked;
