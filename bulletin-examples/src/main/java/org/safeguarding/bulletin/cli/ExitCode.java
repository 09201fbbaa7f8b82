package org.safeguarding.bulletin.cli;

/** The command line's exit codes, as the format document defines them. */
enum ExitCode {
  /** Done. */
  OK(0),
  /** An input is invalid; every problem was printed. */
  INVALID(1),
  /** Wrong usage. */
  USAGE(2),
  /** An I/O or internal failure. */
  FAILURE(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** The more serious of two outcomes. */
  ExitCode worst(ExitCode other) {
    return other.code > code ? other : this;
  }
}
