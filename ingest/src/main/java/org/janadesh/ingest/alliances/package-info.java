/** Reads the alliance and named-group tables ({@code data/alliances/}) into core's AllianceBook. */
@NullMarked
package org.janadesh.ingest.alliances;

import org.jspecify.annotations.NullMarked;
