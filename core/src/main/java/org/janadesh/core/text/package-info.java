/** Matching keys for names from sources that spell the same thing differently. */
@NullMarked
package org.janadesh.core.text;

import org.jspecify.annotations.NullMarked;
