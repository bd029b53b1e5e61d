/**
 * TCPD's state assembly candidate files ({@code tcpd-ae}) as flattened by ElectionLens: 2021
 * assembly elections in West Bengal, Kerala and Tamil Nadu, votes as totals, no NOTA lines.
 */
@NullMarked
package org.janadesh.ingest.assembly;

import org.jspecify.annotations.NullMarked;
