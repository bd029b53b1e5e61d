/** Schema migrations, applied with Flyway from SQL scripts on the class path. */
@NullMarked
package org.janadesh.store.migration;

import org.jspecify.annotations.NullMarked;
