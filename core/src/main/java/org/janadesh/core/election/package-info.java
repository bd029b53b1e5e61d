/** Elections: Lok Sabha and assembly general elections and by-elections, by readable id. */
@NullMarked
package org.janadesh.core.election;

import org.jspecify.annotations.NullMarked;
