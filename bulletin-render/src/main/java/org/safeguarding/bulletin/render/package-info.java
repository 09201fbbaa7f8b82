/** Rendering a bulletin: the renderer interface shared by the HTML, Easy Read DOCX and PDF outputs. */
@NullMarked
package org.safeguarding.bulletin.render;

import org.jspecify.annotations.NullMarked;
