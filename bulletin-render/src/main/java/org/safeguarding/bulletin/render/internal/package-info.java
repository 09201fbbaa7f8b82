/** Layout decisions shared by every output format; not part of the public API. */
@NullMarked
package org.safeguarding.bulletin.render.internal;

import org.jspecify.annotations.NullMarked;
