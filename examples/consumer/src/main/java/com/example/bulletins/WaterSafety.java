package com.example.bulletins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.validate.BulletinValidator;

/**
 * Builds a two-section bulletin in Java and renders it as an HTML page, an Easy Read Word document
 * and a PDF.
 *
 * <p>Usage: {@code WaterSafety [output folder]} (default {@code target/water-safety}).
 */
public final class WaterSafety {

  private WaterSafety() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/water-safety");
    Files.createDirectories(out);

    Bulletin bulletin = bulletin();
    // Throws a BulletinInvalidException listing every problem, each with its JSON path.
    BulletinValidator.create().requireValid(bulletin);

    // One set of settings for every output: here the paper, and the words and colours by default.
    RenderOptions options = RenderOptions.builder().pageSize(PageSize.A4).build();
    List<BulletinRenderer> renderers =
        List.of(HtmlRenderer.with(options), EasyReadDocxRenderer.with(options), PdfRenderer.with(options));
    for (BulletinRenderer renderer : renderers) {
      Path file = out.resolve(renderer.fileName(bulletin));
      renderer.render(bulletin, file); // written whole or not at all
      System.out.println(file + " (" + Files.size(file) + " bytes)");
    }
  }

  /** A "free" bulletin: two sections, one emergency contact. */
  static Bulletin bulletin() {
    return Bulletin.builder("keeping-children-safe-near-water")
        .layout(Layout.FREE)
        .title("Keeping children safe near water")
        .publisher(Publisher.named("Example Safeguarding Children Partnership"))
        .published(LocalDate.of(2026, 6, 1))
        .summary("How to keep children safe near rivers, lakes, the sea and paddling pools.")
        .contact(Contact.builder("emergency", "Emergency services")
            .emergency(true)
            .phone("999")
            .hours("24 hours a day")
            .build())
        .section(Section.builder("Why water is dangerous")
            .pictogram(Pictogram.WARNING)
            .paragraph("A child can drown in a few centimetres of water, quickly and without a sound.")
            .add(ListBlock.bulleted(
                "Cold water takes the breath away, even on a hot day.",
                "Rivers and the sea have currents that are hard to see.",
                "Paddling pools and ponds at home are a danger to small children too."))
            .easyRead("Water can be dangerous for children.")
            .easyRead("A child can drown very quickly.", Pictogram.CHILD)
            .build())
        .section(Section.builder("What to do")
            .pictogram(Pictogram.HELP)
            .add(ListBlock.bulleted(
                "Always watch children in or near water, and stay close enough to reach them.",
                "Empty paddling pools after use.",
                "Swim only where there is a lifeguard."))
            .add(Callout.urgent("If someone is in trouble in the water, call 999 and ask for the coastguard or the fire service. Do not go in after them."))
            .add(ContactsBlock.of("emergency"))
            .easyRead("Always watch children near water.", Pictogram.ADULT)
            .easyRead("If someone is in trouble in the water, call 999.", Pictogram.PHONE)
            .build())
        .build();
  }
}
