/** Implementation details: not part of the public API, and may change at any time. */
@NullMarked
package org.safeguarding.bulletin.internal;

import org.jspecify.annotations.NullMarked;
