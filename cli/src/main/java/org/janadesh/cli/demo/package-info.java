/** The demo command: import the bundled data and show the Lok Sabha 2024 tally. */
@NullMarked
package org.janadesh.cli.demo;

import org.jspecify.annotations.NullMarked;
