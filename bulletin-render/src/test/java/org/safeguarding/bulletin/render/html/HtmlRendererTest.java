package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Logo;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.BrandLogo;
import org.safeguarding.bulletin.render.ModelTexts;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.validate.BulletinInvalidException;

class HtmlRendererTest {
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Test
  void declaresLanguageTitleDescriptionAndLandmarks() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EXAMPLE));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(page.selectFirst("html").hasAttr("dir")).isFalse();
    assertThat(page.title()).isEqualTo("Online Risks and Harms – Safer Seven");
    assertThat(page.select("meta[name=description]").attr("content")).startsWith("This bulletin explains");
    assertThat(page.select("body > header, body > main, body > footer")).hasSize(3);
    assertThat(page.selectFirst("body > a.skip-link").attr("href")).isEqualTo("#main");
    assertThat(page.select("main#main")).hasSize(1);
    assertThat(page.select("script, link, iframe, object, embed")).isEmpty();
  }

  @Test
  void hasOneH1AndANumberedHeadingPerSection() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EXAMPLE));

    assertThat(page.select("h1")).extracting(Element::text).containsExactly("Online Risks and Harms");
    assertThat(page.select("section.section > .section__head > h2")).extracting(Element::text).containsExactly(
        "1 Online Risks and Harms", "2 What are the risks?", "3 Online Grooming", "4 Response",
        "5 The Law", "6 Reporting", "7 What to do next");
    assertThat(page.select("nav.contents a")).extracting(e -> e.attr("href"))
        .containsExactly("#section-1", "#section-2", "#section-3", "#section-4", "#section-5", "#section-6", "#section-7");
  }

  @Test
  void setsRightToLeftDirectionForUrdu() throws Exception {
    Bulletin urdu = Bulletin.builder("urdu").layout(Layout.FREE).language("ur").title("آن لائن حفاظت")
        .publisher(Publisher.named("شراکت")).section(Section.builder("مدد").paragraph("999 پر کال کریں").build())
        .build();

    Document page = Jsoup.parse(HtmlRenderer.create().render(urdu));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ur");
    assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(page.select(".skip-link").attr("lang")).isEmpty();
    assertThat(page.select(".skip-link").text()).isEqualTo("مرکزی مواد پر جائیں");
  }

  @Test
  void speaksTheLibrarysWordsInWelshInAWelshBulletin() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.WELSH));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select(".callout__label span:not(.callout__icon)")).extracting(Element::text).containsExactly("Brys");
    assertThat(page.select(".contact__flag")).extracting(Element::text, e -> e.attr("lang"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Argyfwng", ""));
  }

  @Test
  void linksEveryPhoneNumberWithWordsThatSayWhoItReaches() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EXAMPLE));

    List<Element> links = page.select("a[href^=tel:]");
    assertThat(links).extracting(Element::text).containsExactly(
        "Call West Midlands Police on 999",
        "Call Dudley Safeguarding (Children) on 0300 555 0050",
        "Call Dudley Safeguarding (Adults) on 0300 555 0055");
    for (Element link : links) {
      assertThat(link.attr("href")).matches("tel:\\+?[0-9]+");
      String digits = link.selectFirst(".phone__number").text().replaceAll("[^0-9]", "");
      assertThat(link.attr("href").replaceAll("[^0-9]", "")).endsWith(digits.replaceFirst("^0", ""));
      assertThat(link.hasAttr("aria-label")).as("no aria-label that would break label in name").isFalse();
    }
  }

  @Test
  void putsEmergencyContactsFirstAndSaysSo() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EVERY_FIELD));

    List<Element> contacts = page.select(".contact-list > li");
    assertThat(contacts).extracting(e -> e.hasClass("contact--emergency"))
        .containsExactly(true, true, false, false, false, false, false, false);
    assertThat(contacts.get(0).selectFirst(".contact__flag").text()).isEqualTo("Emergency");
    assertThat(contacts.get(1).select("a[href^=mailto:], a[href^=http]")).isEmpty();
    assertThat(contacts.get(2).select("dt")).extracting(Element::text).containsExactly("For", "Open", "Website", "Email");
  }

  @Test
  void writesListsRisksAndCalloutsWithTheirOwnElements() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EVERY_FIELD));

    assertThat(page.select("#section-5 ol.list > li")).hasSize(4);
    Element grooming = page.selectFirst(".risk-list > li");
    assertThat(grooming.selectFirst(".risk__name").text()).isEqualTo("Online grooming");
    assertThat(grooming.select(".risk__includes > li")).extracting(Element::text)
        .containsExactly("Building trust in order to abuse", "Sextortion");
    assertThat(page.select(".callout[role=note]")).hasSize(3);
    Element urgent = page.selectFirst(".callout--urgent");
    assertThat(urgent.select(".callout__label > span:not(.callout__icon)").text()).isEqualTo("Urgent");
    assertThat(urgent.select(".callout__icon").attr("aria-hidden")).isEqualTo("true");
    assertThat(urgent.select("br")).hasSize(1);
  }

  @Test
  void writesTheGlossaryAsADefinitionListThatAbbreviationsLinkTo() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EXAMPLE));

    assertThat(page.select("#glossary dl > div > dt")).hasSize(7);
    assertThat(page.select("#glossary dt#term-cse abbr").text()).isEqualTo("CSE");
    assertThat(page.select("#glossary dt#term-county-lines dfn").text()).isEqualTo("County Lines");
    assertThat(page.select("#section-2 a.term[href=#term-cse] > abbr")).extracting(Element::text).containsExactly("CSE");
    for (Element link : page.select("a[href^=#]")) {
      assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
    }
    assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
  }

  @Test
  void linksEachTermOnlyOnceASectionAndNeverInsideALink() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EVERY_FIELD));

    assertThat(page.select("a a")).isEmpty();
    assertThat(page.select("#section-7 a.term[href=#term-ceop]")).hasSize(1);
    assertThat(page.select("#section-7 abbr")).extracting(Element::text).contains("CEOP");
  }

  @Test
  void linksEachLanguageVersionInItsOwnLanguage() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EVERY_FIELD));

    assertThat(page.select("head link[rel=alternate]")).extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
        .containsExactly("cy https://safeguarding.example.org/cy/risgiau-ar-lein",
            "pl https://safeguarding.example.org/pl/zagrozenia");
    assertThat(page.select(".masthead__alternates li")).extracting(e -> e.attr("lang") + " " + e.text())
        .containsExactly("cy Cymraeg: Risgiau a Niwed Ar-lein", "pl Polski: Zagrożenia i szkody w internecie");
    assertThat(page.select(".masthead__alternates a[hreflang=cy]").attr("href"))
        .isEqualTo("https://safeguarding.example.org/cy/risgiau-ar-lein");
  }

  @Test
  void saysHowToAskForAnotherFormatWithTheContactsLinks() {
    Element formats = Jsoup.parse(Fixtures.page(Fixtures.EVERY_FIELD)).selectFirst("footer .alternative-formats");

    assertThat(formats).isNotNull();
    assertThat(formats.select("strong").text()).isEqualTo("large print");
    assertThat(formats.select("a").eachAttr("href")).first().asString().startsWith("tel:");
  }

  @Test
  void keepsEveryTextOfTheModel() {
    Bulletin bulletin = Fixtures.read(Fixtures.EVERY_FIELD);
    String text = Jsoup.parse(Fixtures.page(Fixtures.EVERY_FIELD)).text();

    // jsoup's text() collapses white space.
    assertThat(ModelTexts.of(bulletin))
        .allSatisfy(t -> assertThat(text).contains(t.strip().replaceAll("\\s+", " ")));
  }

  @Test
  void showsMarkupLikeTextLiterallyAndAddsNoElement() throws Exception {
    String hostile = "<script>alert(1)</script> </li> &amp; {{ template }} <b>bold</b>";
    Document plain = Jsoup.parse(HtmlRenderer.create().render(TextBulletins.everywhere("plain words")));
    Document page = Jsoup.parse(HtmlRenderer.create().render(TextBulletins.everywhere(hostile)));

    assertThat(page.getAllElements()).hasSameSizeAs(plain.getAllElements());
    assertThat(page.select("script, b")).isEmpty();
    int places = plain.text().split("plain words", -1).length - 1;
    assertThat(places).isGreaterThan(10);
    assertThat(page.text().split(java.util.regex.Pattern.quote(hostile), -1)).hasSize(places + 1);
  }

  @Test
  void givesTheSameBytesEveryTime() throws Exception {
    Bulletin bulletin = Fixtures.read(Fixtures.EVERY_FIELD);
    byte[] first = bytes(HtmlRenderer.create(), bulletin);
    HtmlRenderer shared = HtmlRenderer.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> runs = IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> bytes(shared, bulletin))).toList();
      for (Future<byte[]> run : runs) {
        assertThat(run.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void embedsThePublishersLogoFromTheBaseDirectory(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("logo.png"), PNG);
    Bulletin bulletin = withLogo(Fixtures.read(Fixtures.MINIMAL));

    Document page = Jsoup.parse(HtmlRenderer.with(RenderOptions.builder().baseDirectory(dir).build()).render(bulletin));

    Element img = page.selectFirst("header img");
    assertThat(img.attr("src")).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG));
    assertThat(img.attr("alt")).isEqualTo("Example Safeguarding Partnership");
  }

  @Test
  void refusesALogoOutsideTheBaseDirectoryUnlessTheRootIsWidened(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("bulletins"));
    Files.write(dir.resolve("logo.png"), PNG);
    Files.createSymbolicLink(folder.resolve("logo.png"), dir.resolve("logo.png"));
    Bulletin bulletin = withLogo(Fixtures.read(Fixtures.MINIMAL));

    assertThatThrownBy(() -> HtmlRenderer.with(RenderOptions.builder().baseDirectory(folder).build()).render(bulletin))
        .isInstanceOf(BulletinInvalidException.class)
        .hasMessage("1 problem:\n$.publisher.logo.path: cannot use logo 'logo.png': outside the bulletin's folder; "
            + "a bulletin may name only files inside it");
    Document page = Jsoup.parse(HtmlRenderer.with(RenderOptions.builder().baseDirectory(folder).fileRoot(dir).build()).render(bulletin));
    assertThat(page.selectFirst("header img").attr("src")).endsWith(Base64.getEncoder().encodeToString(PNG));
  }

  @Test
  void leavesThePublishersLogoOutWithoutABaseDirectoryAndShowsTheThemesInstead() throws Exception {
    Bulletin bulletin = withLogo(Fixtures.read(Fixtures.MINIMAL));
    Theme theme = Theme.builder().logo(new BrandLogo("image/png", PNG, "House logo")).build();

    assertThat(Jsoup.parse(HtmlRenderer.create().render(bulletin)).select("img")).isEmpty();
    Document themed = Jsoup.parse(HtmlRenderer.with(RenderOptions.builder().theme(theme).build()).render(bulletin));
    assertThat(themed.select("header img")).extracting(e -> e.attr("alt")).containsExactly("House logo");
  }

  @Test
  void showsTheOptionsPicturesBesideTheHeadingWithTheirAltText() throws Exception {
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    PictogramSet ours = PictogramSet.builder().put(Pictogram.INTERNET, svg, "Our internet sign").build();

    Document page = Jsoup.parse(HtmlRenderer.with(RenderOptions.builder().pictograms(ours).build())
        .render(Fixtures.read(Fixtures.EXAMPLE)));

    Element img = page.selectFirst("#section-1 .section__head > img.pictogram");
    assertThat(img.attr("alt")).isEqualTo("Our internet sign");
    assertThat(img.attr("src")).isEqualTo("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg));
    assertThat(page.select("img.pictogram")).hasSizeGreaterThan(1);
  }

  @Test
  void refusesAnInvalidBulletin() {
    Bulletin oneSection = Bulletin.builder("short").title("Short").publisher(Publisher.named("P"))
        .section(Section.builder("Only").paragraph("Text.").build()).build();

    assertThatThrownBy(() -> HtmlRenderer.create().render(oneSection))
        .isInstanceOf(BulletinInvalidException.class)
        .hasMessageContaining("$.sections");
  }

  @Test
  void namesItsFileAfterTheBulletin() {
    assertThat(HtmlRenderer.create().fileName(Fixtures.read(Fixtures.EXAMPLE))).isEqualTo("online-risks-and-harms.html");
  }

  private static Bulletin withLogo(Bulletin b) {
    Publisher publisher = new Publisher(b.publisher().name(), null, new Logo("logo.png", b.publisher().name()));
    return new Bulletin(b.id(), b.layout(), b.language(), b.region(), b.series(), b.title(), publisher,
        b.published(), b.summary(), b.alternates(), b.alternativeFormats(), b.easyReadReview(), b.risks(), b.contacts(), b.glossary(), b.sections());
  }

  private static byte[] bytes(HtmlRenderer renderer, Bulletin bulletin) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(bulletin, out);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).startsWith("<!doctype html>");
    return out.toByteArray();
  }

  static Contact contact(String id, String text, boolean emergency) {
    return Contact.builder(id, text).organisation(text).audience(text).hours(text).emergency(emergency)
        .phone("0300 555 0050").website("https://example.org").email("a@example.org").build();
  }
}
