package org.safeguarding.bulletin.internal.rules;

import org.safeguarding.bulletin.internal.files.FileScope;
import org.safeguarding.bulletin.validate.Limits;

/**
 * What the rules need to know beyond the document.
 *
 * @param files where the files a bulletin names (its logo) are found, and the folder they must stay in
 * @param limits the size limits
 * @param allowPlaceholderLinks whether a draft's {@code #} link targets pass (for the linter, which
 *     reports them as findings of its own)
 */
public record RuleContext(FileScope files, Limits limits, boolean allowPlaceholderLinks) {}
