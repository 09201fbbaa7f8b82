/** The accessible PDF renderer: tagged PDF/UA-1 (and PDF/A-2a) with embedded fonts and bookmarks. */
@NullMarked
package org.safeguarding.bulletin.render.pdf;

import org.jspecify.annotations.NullMarked;
