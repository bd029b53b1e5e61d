/**
 * Reading a count: {@code status} (Won / Leading / Total), {@code timeline} (lead changes of one
 * seat), {@code quarantine} and {@code counts}; every answer names its count and says TEST.
 */
@NullMarked
package org.janadesh.cli.counting.live;

import org.jspecify.annotations.NullMarked;
