package org.safeguarding.bulletin.internal.rules;

import java.nio.file.Path;

/**
 * What the rules need to know beyond the document.
 *
 * @param baseDirectory where relative file paths (the logo) are resolved
 * @param allowPlaceholderLinks whether a draft's {@code #} link targets pass (for the linter, which
 *     reports them as findings of its own)
 */
public record RuleContext(Path baseDirectory, boolean allowPlaceholderLinks) {}
