/**
 * The ingest endpoint: counting events in the wire format posted with a scoped bearer token,
 * answered only once the counting desk has committed them.
 */
@NullMarked
package org.janadesh.server.ingest;

import org.jspecify.annotations.NullMarked;
