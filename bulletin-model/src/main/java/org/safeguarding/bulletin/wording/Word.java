package org.safeguarding.bulletin.wording;

/**
 * Each of the library's own words and phrases, by its key in the wording files. A phrase with
 * arguments is an ICU message pattern: {@code {0}} and so on, with plural and select forms where a
 * language needs them.
 */
public enum Word {
  /** The skip link at the top of a page: "Skip to main content". */
  SKIP_TO_CONTENT("skipToContent"),
  /** The heading of a page's contents: "In this bulletin". */
  CONTENTS("contents"),
  /** Before the publisher's name: "Published by". */
  PUBLISHED_BY("publishedBy"),
  /** The label of an urgent callout: "Urgent". */
  URGENT("urgent"),
  /** The label of an information callout: "Note". */
  NOTE("note"),
  /** The mark of an emergency contact: "Emergency". */
  EMERGENCY("emergency"),
  /** The heading of the glossary: "Glossary". */
  GLOSSARY("glossary"),
  /** Who a contact is for: "For". */
  FOR("for"),
  /** When a contact is open: "Open". */
  OPEN("open"),
  /** A contact's website: "Website". */
  WEBSITE("website"),
  /** A contact's email address: "Email". */
  EMAIL("email"),
  /** A phone link; {0} who it reaches, {1} the number: "Call {0} on {1}". */
  CALL("call"),
  /** Before a risk's sub-list; {0} the risk: "{0} includes:". */
  INCLUDES("includes"),
  /** A risk in one sentence; {0} the risk, {1} what it includes, as a list: "{0} includes {1}." */
  RISK_LINE("riskLine"),
  /** The page number in a PDF's footer; {0} this page, {1} the pages: "Page {0} of {1}". */
  PAGE_OF("pageOf"),
  /** Before the page number in a DOCX's footer: "Page". */
  PAGE("page"),
  /** The Easy Read cover; {0} the title: "This is the easy read version of {0}." */
  EASY_READ_VERSION_OF("easyRead.versionOf"),
  /** The Easy Read cover; {0} the publisher: "It was made by {0}." */
  MADE_BY("easyRead.madeBy"),
  /** The Easy Read cover; {0} the publisher, {1} the month: "It was made by {0} in {1}." */
  MADE_BY_IN("easyRead.madeByIn"),
  /** The Easy Read cover; {0} who checked it: "People who use Easy Read checked this with {0}." */
  CHECKED_BY("easyRead.checkedBy"),
  /** The Easy Read cover; {0} who checked it, {1} the month. */
  CHECKED_BY_IN("easyRead.checkedByIn"),
  /**
   * The Easy Read cover of a version made, in whole or in part, from the bulletin's own text rather
   * than written in Easy Read; {0} {@code all} if every section was, anything else if some were:
   * "This is a draft. It has not been written in Easy Read yet."
   */
  EASY_READ_DRAFT("easyRead.draft"),
  /** The Easy Read cover, as inline text: "Hard words are in **bold**. …". */
  HARD_WORDS_IN_BOLD("easyRead.hardWordsInBold"),
  /** The Easy Read cover, before the language versions: "You can read this in other languages:". */
  OTHER_LANGUAGES("easyRead.otherLanguages"),
  /** The heading of the Easy Read page of hard words: "Hard words". */
  HARD_WORDS("easyRead.hardWords"),
  /** The heading of the Easy Read page of contacts: "Who to contact". */
  WHO_TO_CONTACT("easyRead.whoToContact"),
  /** The alternative text of a QR code beside a web link in print; {0} the address: "QR code for {0}". */
  QR_CODE("qrCode"),
  /** The heading of the accessibility statement in verify's reports: "Accessibility statement". */
  STATEMENT_HEADING("statement.heading"),
  /** The statement's first sentence; {0} the bulletin's title: "“{0}” is made to meet … WCAG 2.2 … AA." */
  STATEMENT_STANDARD("statement.standard"),
  /** The statement, where a PDF was verified: "Its PDF is also made to meet PDF/UA-1 … and PDF/A-2a …". */
  STATEMENT_PDF("statement.pdf"),
  /** The statement; {0} the checks that passed, as a list: "These automated checks found no problems: {0}." */
  STATEMENT_PASSED("statement.passed"),
  /** The statement; {0} the checks that failed, as a list: "These automated checks found problems, …: {0}." */
  STATEMENT_FAILED("statement.failed"),
  /** The statement; {0} the checks not made, as a list: "These automated checks have not been made yet: {0}." */
  STATEMENT_NOT_RUN("statement.notRun"),
  /** The statement: what a person has not yet checked (alt texts, reading order, headings, link texts). */
  STATEMENT_BY_PERSON("statement.byPerson"),
  /** The statement; {0} the bulletin's alternative formats text: "If you need this bulletin in another format: {0}". */
  STATEMENT_OTHER_FORMATS("statement.otherFormats"),
  /** The statement; {0} a contact's name, {1} its phone, email and website, as a list: "Contact {0}: {1}." */
  STATEMENT_CONTACT("statement.contact"),
  /** The statement without alternative formats; {0} the publisher: "If you need … another format, … contact {0}." */
  STATEMENT_ASK_PUBLISHER("statement.askPublisher"),
  /** Before the list of the bulletin's other files: "This bulletin is also available:". */
  OTHER_FORMATS("otherFormats.intro"),
  /** The bulletin's PDF, in that list: "as a PDF". */
  OTHER_FORMAT_PDF("otherFormats.pdf"),
  /** The bulletin's Easy Read Word document, in that list: "in Easy Read". */
  OTHER_FORMAT_EASY_READ("otherFormats.easyRead"),
  /** The bulletin's plain text, in that list: "as plain text". */
  OTHER_FORMAT_TEXT("otherFormats.text"),
  /** The bulletin's Easy Read web page, in that list: "as an Easy Read web page". */
  OTHER_FORMAT_EASY_READ_PAGE("otherFormats.easyReadPage"),
  /** The bulletin's Easy Read PDF, in that list: "as an Easy Read PDF". */
  OTHER_FORMAT_EASY_READ_PDF("otherFormats.easyReadPdf"),
  /** After a file in that list; {0} its type, {1} its size: "({0}, {1})". */
  OTHER_FORMAT_FILE("otherFormats.file"),
  /** A PDF file's type: "PDF". */
  FILE_TYPE_PDF("fileType.pdf"),
  /** A Word document's type: "Word document". */
  FILE_TYPE_DOCX("fileType.docx"),
  /** A plain text file's type: "Text". */
  FILE_TYPE_TEXT("fileType.text"),
  /** A web page's type: "Web page". */
  FILE_TYPE_HTML("fileType.html"),
  /** In the PDF and the Easy Read document; {0} the web page's file name: "Web page: {0}". */
  WEB_PAGE_FILE("otherFormats.page");

  private final String key;

  Word(String key) {
    this.key = key;
  }

  /** The key in the wording files, for example {@code easyRead.hardWords}. */
  public String key() {
    return key;
  }
}
