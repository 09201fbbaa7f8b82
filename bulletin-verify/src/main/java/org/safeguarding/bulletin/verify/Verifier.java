package org.safeguarding.bulletin.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies rendered bulletins with the validators that apply to each: veraPDF (PDF/UA-1 and
 * PDF/A-2a) for a PDF, the Nu HTML Checker and axe-core in a headless Chromium for an HTML page,
 * the DOCX checks for a Word document. Each file's report also lists the checks a person still has
 * to make. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * List<FileReport> reports = Verifier.create().verify(List.of(Path.of("out/online-risks-and-harms.pdf"),
 *     Path.of("out/online-risks-and-harms.html")));
 * boolean ok = reports.stream().allMatch(FileReport::passed);
 * }</pre>
 */
public final class Verifier {
  private final Chromium chromium;

  private Verifier(Chromium chromium) {
    this.chromium = chromium;
  }

  /** A verifier with every validator this library has, and the Chromium of {@link Chromium#fromEnvironment()}. */
  public static Verifier create() {
    return new Verifier(Chromium.fromEnvironment());
  }

  /** A copy of this verifier that runs axe-core in {@code chromium}. */
  public Verifier withChromium(Chromium chromium) {
    return new Verifier(Objects.requireNonNull(chromium, "chromium"));
  }

  /** The Chromium this verifier runs axe-core in (which need not exist). */
  public Chromium chromium() {
    return chromium;
  }

  /**
   * The report on {@code file}, as {@link #verify(List)} makes it.
   */
  public FileReport verify(Path file) {
    return verify(List.of(file)).get(0);
  }

  /**
   * The reports on {@code files}, in their order; one browser serves every HTML page. A file that
   * cannot be read, that is of no kind this library knows (by its extension), or that its
   * validator cannot parse gets a report that says why ({@link FileReport#unreadable()}); this
   * method throws nothing for it.
   */
  public List<FileReport> verify(List<Path> files) {
    try (AxeCheck axe = new AxeCheck(chromium)) {
      Map<FileKind, List<Check>> checks = Map.of(
          FileKind.PDF, List.of(new VeraPdfCheck()),
          FileKind.HTML, List.of(new NuHtmlCheck(), axe),
          FileKind.DOCX, List.of(new DocxCheck()));
      return files.stream().map(file -> verify(file, checks)).toList();
    }
  }

  private static FileReport verify(Path file, Map<FileKind, List<Check>> checks) {
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
