/**
 * Live counts held by the server: every count in the store opened once as a counting desk and
 * shared by all requests and in-process feeders, and the answers read from it (status, seats, one
 * seat with its lead changes, quarantine), cached per query and log sequence.
 */
@NullMarked
package org.janadesh.server.live;

import org.jspecify.annotations.NullMarked;
