/** The history command: a party's or bloc's seats in every Lok Sabha, lowest and highest marked. */
@NullMarked
package org.janadesh.cli.history;

import org.jspecify.annotations.NullMarked;
