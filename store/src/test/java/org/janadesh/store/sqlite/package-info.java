/** Tests of the SQLite archive: the shared contract plus what is particular to a file. */
@NullMarked
package org.janadesh.store.sqlite;

import org.jspecify.annotations.NullMarked;
