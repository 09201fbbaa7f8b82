/** The accessible HTML renderer: one self-contained page per bulletin, meeting WCAG 2.2 AA. */
@NullMarked
package org.safeguarding.bulletin.render.html;

import org.jspecify.annotations.NullMarked;
