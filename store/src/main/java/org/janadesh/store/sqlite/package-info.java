/** The results archive in one SQLite file: the embedded default store. */
@NullMarked
package org.janadesh.store.sqlite;

import org.jspecify.annotations.NullMarked;
