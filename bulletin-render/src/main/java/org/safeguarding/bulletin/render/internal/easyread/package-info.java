/**
 * The Easy Read version of a bulletin, decided once: what its cover says, the points of each section
 * with their pictures, the hard words and the contacts. The DOCX, the Easy Read page and the Easy
 * Read PDF each write this one model; not part of the public API.
 */
@NullMarked
package org.safeguarding.bulletin.render.internal.easyread;

import org.jspecify.annotations.NullMarked;
