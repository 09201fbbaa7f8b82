/** The Safer Seven example bulletin, built in Java and read from JSON. */
@NullMarked
package org.safeguarding.bulletin.examples;

import org.jspecify.annotations.NullMarked;
