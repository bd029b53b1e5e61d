/**
 * {@code /api/v1/persons} and a seat's {@code holders}: careers from person links (PER-1…PER-4),
 * linked or read once per server, as the CLI's {@code person} and {@code seat} JSON.
 */
@NullMarked
package org.janadesh.server.person;

import org.jspecify.annotations.NullMarked;
