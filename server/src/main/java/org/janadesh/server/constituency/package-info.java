/**
 * {@code GET /api/v1/elections/{id}/constituencies[/{seat}]}: every seat's winner and margin for
 * maps and tables, and one seat's full result sheet with the same seat's previous general-election
 * result. The sheet's JSON is the one {@code janadesh constituency} prints.
 */
@NullMarked
package org.janadesh.server.constituency;

import org.jspecify.annotations.NullMarked;
