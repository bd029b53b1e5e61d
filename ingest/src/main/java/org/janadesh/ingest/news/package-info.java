/**
 * Assembly results transcribed from news reports ({@code news-top-candidates}): the leading
 * candidates only, with the votes the reports give; used for the Ballygunge by-election of 2022.
 */
@NullMarked
package org.janadesh.ingest.news;

import org.jspecify.annotations.NullMarked;
