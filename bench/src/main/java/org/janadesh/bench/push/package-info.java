/**
 * SSE fan-out benchmark ({@link org.janadesh.bench.push.PushBench}, run by {@code
 * bench/run-sse-bench.sh}): many concurrent event-stream clients on a few selector threads, one
 * ingested event, and the time until each client has it; plus the server's memory per connection.
 */
@NullMarked
package org.janadesh.bench.push;

import org.jspecify.annotations.NullMarked;
