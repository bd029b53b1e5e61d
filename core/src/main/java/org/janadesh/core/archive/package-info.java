/** The archive port: what the store must provide to the analysis and the faces. */
@NullMarked
package org.janadesh.core.archive;

import org.jspecify.annotations.NullMarked;
