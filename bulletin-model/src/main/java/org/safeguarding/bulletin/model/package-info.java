/** The bulletin domain: immutable records for a bulletin, its sections, blocks, risks and contacts. */
@NullMarked
package org.safeguarding.bulletin.model;

import org.jspecify.annotations.NullMarked;
