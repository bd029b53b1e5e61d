/** {@code /health}: whether the store answers, for load balancers and operators. */
@NullMarked
package org.janadesh.server.health;

import org.jspecify.annotations.NullMarked;
