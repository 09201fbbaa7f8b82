/** The Easy Read version of a bulletin as a Word document, written with Apache POI. */
@NullMarked
package org.safeguarding.bulletin.render.docx;

import org.jspecify.annotations.NullMarked;
