/** Reading the files a bulletin names, safely: not part of the public API. */
@NullMarked
package org.safeguarding.bulletin.internal.files;

import org.jspecify.annotations.NullMarked;
