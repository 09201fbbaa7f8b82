package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.List;
import org.safeguarding.bulletin.json.JsonSourceMap;
import org.safeguarding.bulletin.validate.Problem;

/**
 * The findings for one input file.
 *
 * @param file the input
 * @param findings its validation problems (errors) and lint findings
 * @param sourceMap where each path starts in the file, for line numbers
 */
record LintReport(Path file, List<Problem> findings, JsonSourceMap sourceMap) {}
