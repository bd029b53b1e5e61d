/** Writing answers as aligned tables, CSV or JSON; number formats shared by every command. */
@NullMarked
package org.janadesh.cli.render;

import org.jspecify.annotations.NullMarked;
