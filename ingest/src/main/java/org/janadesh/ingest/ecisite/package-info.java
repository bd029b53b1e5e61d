/**
 * The ECI results site's Lok Sabha candidate table, in two editions read by one importer: {@code
 * eci-site-2024} and {@code eci-site-2019}. Both give EVM and postal votes per candidate and NOTA
 * lines; 2024 adds Surat's uncontested return, 2019 the Kashmiri-migrant votes. Vellore is absent
 * from 2019 (polled in August 2019).
 */
@NullMarked
package org.janadesh.ingest.ecisite;

import org.jspecify.annotations.NullMarked;
