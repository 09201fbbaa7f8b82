/**
 * The Easy Read version of a bulletin as a Word document: its XML parts written as they come
 * ({@code WordXml}), its package (parts, pictures, relationships, properties, the zip) made with
 * Apache POI.
 */
@NullMarked
package org.safeguarding.bulletin.render.docx;

import org.jspecify.annotations.NullMarked;
