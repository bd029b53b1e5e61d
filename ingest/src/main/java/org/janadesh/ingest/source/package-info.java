/**
 * Plumbing every source format shares: opening bundled or local files (gzip or plain), reading CSV
 * rows with their line numbers, rejections, and assembling contests into an import batch.
 */
@NullMarked
package org.janadesh.ingest.source;

import org.jspecify.annotations.NullMarked;
