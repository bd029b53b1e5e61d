/** The reviewed person overrides file ({@code people/person_overrides.csv}, PER-4). */
@NullMarked
package org.janadesh.ingest.people;

import org.jspecify.annotations.NullMarked;
