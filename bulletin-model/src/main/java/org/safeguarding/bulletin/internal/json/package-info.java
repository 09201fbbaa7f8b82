/** Reading and writing the JSON form of a bulletin, with Jackson kept behind the library's own API. */
@NullMarked
package org.safeguarding.bulletin.internal.json;

import org.jspecify.annotations.NullMarked;
