/** The plain-language and accessibility linter: what makes a valid bulletin hard to read or use. */
@NullMarked
package org.safeguarding.bulletin.lint;

import org.jspecify.annotations.NullMarked;
