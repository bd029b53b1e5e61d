/**
 * The web server: the JSON API under {@code /api/v1}, live push over SSE, the ingest endpoint and
 * the static dashboard, one feature package each. Handlers are thin: parse, call the archive or a
 * count, send a cached representation.
 */
@NullMarked
package org.janadesh.server;

import org.jspecify.annotations.NullMarked;
