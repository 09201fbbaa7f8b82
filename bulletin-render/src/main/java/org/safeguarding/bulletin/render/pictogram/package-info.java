/** Pictures shown beside Easy Read points and contacts: the built-in set and callers' own. */
@NullMarked
package org.safeguarding.bulletin.render.pictogram;

import org.jspecify.annotations.NullMarked;
