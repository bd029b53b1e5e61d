/** The behaviour every archive store must show, as an abstract test each store extends. */
@NullMarked
package org.janadesh.store.contract;

import org.jspecify.annotations.NullMarked;
