package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.json.BulletinReader;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * How far the command line trusts its inputs: the folder their files may be in (each input's own
 * folder if none) and the size limits.
 *
 * @param fileRoot the folder every file a bulletin names must be inside, or {@code null} for each
 *     bulletin's own folder
 * @param limits the size limits
 * @param wordings the library's own words, by language
 */
record InputSettings(@Nullable Path fileRoot, Limits limits, Wordings wordings) {
  /** A reader with these settings. */
  BulletinReader reader() {
    BulletinReader reader = BulletinJson.reader().withLimits(limits);
    return fileRoot == null ? reader : reader.withFileRoot(fileRoot);
  }
}
