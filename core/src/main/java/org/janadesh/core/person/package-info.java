/**
 * Persons across Lok Sabha candidacies: record linkage of candidate names (PER-1…PER-4), and the
 * facts that rest on it: incumbency, terms, re-contests, turncoats, streaks and a seat's holders.
 */
@NullMarked
package org.janadesh.core.person;

import org.jspecify.annotations.NullMarked;
