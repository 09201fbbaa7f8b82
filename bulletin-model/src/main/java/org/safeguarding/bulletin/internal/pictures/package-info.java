/** The picture for an Easy Read point that names none, chosen by its words. */
@NullMarked
package org.safeguarding.bulletin.internal.pictures;

import org.jspecify.annotations.NullMarked;
