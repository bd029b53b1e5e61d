/**
 * {@code janadesh seat}: a constituency's holders over time and what became of its sitting member.
 */
@NullMarked
package org.janadesh.cli.seat;

import org.jspecify.annotations.NullMarked;
