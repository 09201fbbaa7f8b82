/** Validation: every problem in a bulletin at once, each with its JSON path. */
@NullMarked
package org.safeguarding.bulletin.validate;

import org.jspecify.annotations.NullMarked;
