/**
 * {@code /api/v1/search}: the dashboard's search box over constituencies, candidates and parties,
 * tolerant of aliases and misspellings, from an index built once per election.
 */
@NullMarked
package org.janadesh.server.search;

import org.jspecify.annotations.NullMarked;
