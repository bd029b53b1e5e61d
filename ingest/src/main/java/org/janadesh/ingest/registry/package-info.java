/**
 * The reference tables that give sources' spellings one identity: states, parties and constituency
 * aliases, loaded from {@code data/registry/}.
 */
@NullMarked
package org.janadesh.ingest.registry;

import org.jspecify.annotations.NullMarked;
