/** The document-wide rules, checked on a bulletin's JSON tree, one class per family of rules. */
@NullMarked
package org.safeguarding.bulletin.internal.rules;

import org.jspecify.annotations.NullMarked;
