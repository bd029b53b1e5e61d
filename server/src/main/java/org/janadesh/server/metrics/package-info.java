/** {@code GET /metrics}: requests, latency, SSE clients and counting figures in Prometheus text. */
@NullMarked
package org.janadesh.server.metrics;

import org.jspecify.annotations.NullMarked;
