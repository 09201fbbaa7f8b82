package org.safeguarding.bulletin.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, in-process (the Maven artifact {@code nu.validator:validator}), with the
 * schema and options of its command line ({@code vnu.jar}), language detection included. Its
 * errors and its warnings fail the check: a missing {@code lang} is only a warning to it, and a
 * bulletin has no warning to excuse.
 *
 * <p>It runs on a thread of its own with a large stack: setting up its schema recurses deeply (the
 * RELAX NG restriction checks over the whole HTML schema), more deeply than a 1 MB thread holds when
 * the JVM runs its quick compiler alone, as {@code bin/bulletin} does; the caller's stack is then no
 * matter.
 */
final class NuHtmlCheck implements Check {
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static final String VALIDATOR = "Nu HTML Checker";
  /** The stack of the checker's thread: reserved, and used only as deep as the checker goes. */
  private static final long STACK = 64L * 1024 * 1024;

  @Override
  public List<CheckResult> check(Path file, byte[] bytes) throws IOException {
    FutureTask<List<CheckResult>> task = new FutureTask<>(() -> checkHere(file, bytes));
    Thread thread = new Thread(null, task, "nu-html-check", STACK);
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the Nu HTML Checker checked " + file, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the Nu HTML Checker failed on " + file, cause);
    }
  }

  private static List<CheckResult> checkHere(Path file, byte[] bytes) throws IOException {
    Messages messages = new Messages();
    try {
      SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
      validator.setUpMainSchema(SCHEMA, messages);
      validator.setUpValidatorAndParsers(messages, false, false);
      InputSource source = new InputSource(new ByteArrayInputStream(bytes));
      source.setSystemId(file.toUri().toString());
      validator.checkHtmlInputSource(source);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      // setUpMainSchema declares Exception; a SAXException here is a fatal error, already recorded.
      if (messages.failures.isEmpty()) {
        throw new IllegalStateException("the Nu HTML Checker failed on " + file, e);
      }
    }
    return List.of(CheckResult.of("HTML", VALIDATOR, Versions.ofResource(SimpleDocumentValidator.class,
        "/nu/validator/localentities/files/misc.properties", "nu.validator.servlet.version"), messages.failures));
  }

  /** Keeps each warning and error as a failed rule. */
  private static final class Messages implements ErrorHandler {
    private final List<RuleFailure> failures = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      add("warning", e);
    }

    @Override
    public void error(SAXParseException e) {
      add("error", e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      add("fatal", e);
      throw e;
    }

    private void add(String level, SAXParseException e) {
      String where = e.getLineNumber() < 0 ? "" : "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
      failures.add(new RuleFailure(level, String.valueOf(e.getMessage()).replaceAll("\\s+", " "), where));
    }
  }
}
