/**
 * Live push: each log entry of a count encoded once into its SSE frame and its JSON, shared by
 * every client; clients woken by one signal per commit, never by polling the store (ADR 0009).
 */
@NullMarked
package org.janadesh.server.push;

import org.jspecify.annotations.NullMarked;
