/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 document, assembled at start from one fragment
 * per feature so that each feature documents its own routes next to its code.
 */
@NullMarked
package org.janadesh.server.openapi;

import org.jspecify.annotations.NullMarked;
