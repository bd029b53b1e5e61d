/**
 * The ECI results site's 2024 Lok Sabha candidate table ({@code eci-site-2024}): EVM and postal
 * votes per candidate, NOTA lines, and Surat's uncontested return.
 */
@NullMarked
package org.janadesh.ingest.ecisite2024;

import org.jspecify.annotations.NullMarked;
