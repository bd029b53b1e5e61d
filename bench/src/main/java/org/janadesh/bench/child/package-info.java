/**
 * What runs inside one benchmark JVM: a scenario's work, timed from {@code main} entry, reported to
 * the launcher as lines on standard output.
 */
@NullMarked
package org.janadesh.bench.child;

import org.jspecify.annotations.NullMarked;
