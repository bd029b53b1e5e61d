/**
 * TCPD's Lok Sabha candidate file ({@code tcpd-ge}): general elections of the 3rd to 17th Lok Sabha
 * (1962–2019) and the by-elections held during them, votes as totals only.
 */
@NullMarked
package org.janadesh.ingest.tcpd;

import org.jspecify.annotations.NullMarked;
