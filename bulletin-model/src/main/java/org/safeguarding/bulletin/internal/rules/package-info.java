/** The document-wide rules, checked in one walk over a bulletin's records, one class per family of rules. */
@NullMarked
package org.safeguarding.bulletin.internal.rules;

import org.jspecify.annotations.NullMarked;
