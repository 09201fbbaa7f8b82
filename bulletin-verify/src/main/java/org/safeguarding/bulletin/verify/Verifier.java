package org.safeguarding.bulletin.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies rendered bulletins with the validators that apply to each: veraPDF (PDF/UA-1 and
 * PDF/A-2a) for a PDF, the Nu HTML Checker (and a line saying axe-core did not run) for an HTML
 * page, the DOCX checks for a Word document. Each file's report also lists the checks a person
 * still has to make. Safe to share between threads.
 *
 * <pre>{@code
 * FileReport report = Verifier.create().verify(Path.of("out/online-risks-and-harms.pdf"));
 * boolean ok = report.passed();
 * }</pre>
 */
public final class Verifier {
  private final Map<FileKind, List<Check>> checks;

  private Verifier(Map<FileKind, List<Check>> checks) {
    this.checks = checks;
  }

  /** A verifier with every validator this library has. */
  public static Verifier create() {
    return new Verifier(Map.of(
        FileKind.PDF, List.of(new VeraPdfCheck()),
        FileKind.HTML, List.of(new NuHtmlCheck(), new AxeCheck()),
        FileKind.DOCX, List.of(new DocxCheck())));
  }

  /**
   * The report on {@code file}. A file that cannot be read, that is of no kind this library knows
   * (by its extension), or that its validator cannot parse gets a report that says why
   * ({@link FileReport#unreadable()}); this method throws nothing for it.
   */
  public FileReport verify(Path file) {
    Optional<FileKind> kind = FileKind.of(file);
    if (kind.isEmpty()) {
      return FileReport.unreadable(file, kind, "not a .pdf, .html, .htm or .docx file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return FileReport.unreadable(file, kind, "no such file");
    } catch (IOException e) {
      return FileReport.unreadable(file, kind, "cannot read: " + e.getMessage());
    }
    List<CheckResult> results = new ArrayList<>();
    try {
      for (Check check : checks.get(kind.get())) {
        results.addAll(check.check(file, bytes));
      }
    } catch (IOException e) {
      return FileReport.unreadable(file, kind, e.getMessage());
    }
    return new FileReport(file, kind, results, ManualChecks.of(kind.get()), Optional.empty());
  }
}
