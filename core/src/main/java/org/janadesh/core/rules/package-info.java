/** The verdict every numbered rule returns: which rule, whether it holds, and why. */
@NullMarked
package org.janadesh.core.rules;

import org.jspecify.annotations.NullMarked;
