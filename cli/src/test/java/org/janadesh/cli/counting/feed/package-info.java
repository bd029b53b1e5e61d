/** Tests of feeding a count: pace, replay streams. */
@NullMarked
package org.janadesh.cli.counting.feed;

import org.jspecify.annotations.NullMarked;
