/**
 * HTTP conventions every route shares: representations with a strong ETag, 304 on a matching {@code
 * If-None-Match}, gzip when the client accepts it, {@code Cache-Control} by whether the election is
 * still being counted, and errors as RFC 9457 {@code application/problem+json}.
 */
@NullMarked
package org.janadesh.server.http;

import org.jspecify.annotations.NullMarked;
