/**
 * The page structure that the HTML and PDF outputs share: the bulletin's page and its Easy Read
 * page, built once as a jsoup DOM, for a screen ({@link ScreenPage}) or for print ({@link
 * PrintPage}, which the PDF renderers lay out). Owned by neither output; not part of the public API.
 */
@NullMarked
package org.safeguarding.bulletin.render.internal.page;

import org.jspecify.annotations.NullMarked;
