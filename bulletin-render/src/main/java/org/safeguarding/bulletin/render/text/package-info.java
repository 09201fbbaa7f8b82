/**
 * The plain-text renderer: every word of a bulletin in reading order, wrapped at 72 columns, for
 * e-mail and text-only channels.
 */
@NullMarked
package org.safeguarding.bulletin.render.text;

import org.jspecify.annotations.NullMarked;
