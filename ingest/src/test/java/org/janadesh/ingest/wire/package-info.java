@NullMarked
package org.janadesh.ingest.wire;

import org.jspecify.annotations.NullMarked;
