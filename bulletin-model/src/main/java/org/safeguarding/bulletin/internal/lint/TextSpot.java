package org.safeguarding.bulletin.internal.lint;

import org.safeguarding.bulletin.model.InlineText;

/**
 * A piece of inline text in a bulletin and its JSON path.
 *
 * @param path where it is, for example {@code $.sections[2].content[0].text}
 * @param text the text
 * @param easyRead whether it is an Easy Read point
 */
public record TextSpot(String path, InlineText text, boolean easyRead) {}
