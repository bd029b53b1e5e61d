@NullMarked
package org.janadesh.ingest.counting;

import org.jspecify.annotations.NullMarked;
