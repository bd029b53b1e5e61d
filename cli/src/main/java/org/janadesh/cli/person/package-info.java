/** {@code janadesh person}: one person's Lok Sabha career, from the linked candidacies. */
@NullMarked
package org.janadesh.cli.person;

import org.jspecify.annotations.NullMarked;
