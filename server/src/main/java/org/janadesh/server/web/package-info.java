/**
 * The web dashboard: static pages, scripts and styles from the classpath ({@code web/}) and the
 * bundled constituency map, each loaded once and served with the API's ETag, 304 and gzip.
 */
@NullMarked
package org.janadesh.server.web;

import org.jspecify.annotations.NullMarked;
