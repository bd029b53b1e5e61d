/**
 * States and union territories by ECI code, and constituencies by (house, state, number,
 * delimitation).
 */
@NullMarked
package org.janadesh.core.geography;

import org.jspecify.annotations.NullMarked;
