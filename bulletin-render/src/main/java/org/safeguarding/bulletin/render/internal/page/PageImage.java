package org.safeguarding.bulletin.render.internal.page;

/**
 * An image inside the page.
 *
 * @param source the image as a {@code data:} URI
 * @param alt the text that stands in for it
 */
record PageImage(String source, String alt) {}
