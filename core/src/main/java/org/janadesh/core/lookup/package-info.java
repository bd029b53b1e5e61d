/** Finding constituencies by number, name or alias, with suggestions for misspelt names. */
@NullMarked
package org.janadesh.core.lookup;

import org.jspecify.annotations.NullMarked;
