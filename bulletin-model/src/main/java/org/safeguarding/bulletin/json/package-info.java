/** The JSON form of a bulletin (format version 1): reading with full validation, writing, and the schema. */
@NullMarked
package org.safeguarding.bulletin.json;

import org.jspecify.annotations.NullMarked;
