/** The {@code bulletin} command line: validate, lint and render bulletins. */
@NullMarked
package org.safeguarding.bulletin.cli;

import org.jspecify.annotations.NullMarked;
