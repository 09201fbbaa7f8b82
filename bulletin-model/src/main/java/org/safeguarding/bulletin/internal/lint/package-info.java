/** The linter's checks, one class per family of rules. */
@NullMarked
package org.safeguarding.bulletin.internal.lint;

import org.jspecify.annotations.NullMarked;
