/**
 * Reading {@code --bloc} and {@code --party} at the command-line edge into core parties and blocs.
 */
@NullMarked
package org.janadesh.cli.bloc;

import org.jspecify.annotations.NullMarked;
