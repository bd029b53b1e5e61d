/**
 * Indiavotes' Lok Sabha winners table ({@code indiavotes-winners}), used for 1952 and 1957 only:
 * the only record found for those elections, and it holds winners, not candidates.
 */
@NullMarked
package org.janadesh.ingest.winners;

import org.jspecify.annotations.NullMarked;
