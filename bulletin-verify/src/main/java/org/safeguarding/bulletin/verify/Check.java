package org.safeguarding.bulletin.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One validator's checks of one kind of file. */
interface Check {
  /**
   * The results of the checks on {@code file}, whose content is {@code bytes}.
   *
   * @throws IOException if the validator cannot read the file as its kind at all
   */
  List<CheckResult> check(Path file, byte[] bytes) throws IOException;
}
