/**
 * The ECI results site's 2019 Lok Sabha candidate table ({@code eci-site-2019}): EVM, postal and
 * Kashmiri-migrant votes per candidate, and NOTA lines. Vellore is absent (polled in August 2019).
 */
@NullMarked
package org.janadesh.ingest.ecisite2019;

import org.jspecify.annotations.NullMarked;
