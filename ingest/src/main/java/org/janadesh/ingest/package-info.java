/**
 * Entry points of the ingest module: the formats by name ({@link org.janadesh.ingest.Importers})
 * and the import of all bundled data with its precedence rules ({@link
 * org.janadesh.ingest.BundledImport}).
 */
@NullMarked
package org.janadesh.ingest;

import org.jspecify.annotations.NullMarked;
