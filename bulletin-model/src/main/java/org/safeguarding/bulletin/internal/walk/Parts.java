package org.safeguarding.bulletin.internal.walk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.Series;

/**
 * The records of a bulletin, as {@link RecordWalk} reads them: the values of a {@link Bulletin}, or
 * those of a JSON document that the binder could read. In a document that did not bind in full, a
 * value that could not be read is {@code null}, and so is an element of a list, so that every other
 * element keeps its index, and so its path; a list that could not be read at all is {@code null}.
 *
 * @param id the bulletin's id
 * @param layout the layout; {@code null} if the document names one that is not known
 * @param language the language tag as written
 * @param region the region as written; {@code null} if none is given (GB applies)
 * @param series the series
 * @param title the title
 * @param publisher the publisher
 * @param published the date of publication
 * @param summary the summary
 * @param alternates the alternates
 * @param alternativeFormats how to ask for other formats
 * @param easyReadReview who checked the Easy Read text
 * @param riskIds the id each risk declares, as written (also of a risk that could not be read otherwise)
 * @param risks the risks
 * @param contactIds the id each contact declares, as written (also of a contact that could not be read otherwise)
 * @param contactPhones the phone number each contact gives, as written; {@code null} where it gives none
 * @param contacts the contacts
 * @param glossary the glossary
 * @param sections the records of each section
 */
public record Parts(
    @Nullable String id,
    @Nullable Layout layout,
    @Nullable String language,
    @Nullable String region,
    @Nullable Series series,
    @Nullable String title,
    @Nullable Publisher publisher,
    @Nullable LocalDate published,
    @Nullable String summary,
    @Nullable List<@Nullable Alternate> alternates,
    @Nullable AlternativeFormats alternativeFormats,
    @Nullable EasyReadReview easyReadReview,
    List<@Nullable String> riskIds,
    @Nullable List<@Nullable Risk> risks,
    List<@Nullable String> contactIds,
    List<@Nullable String> contactPhones,
    @Nullable List<@Nullable Contact> contacts,
    @Nullable List<@Nullable GlossaryEntry> glossary,
    @Nullable List<@Nullable SectionParts> sections) {

  /** Copies the lists, keeping their holes. */
  public Parts {
    alternates = copy(alternates);
    riskIds = Collections.unmodifiableList(new ArrayList<>(riskIds));
    risks = copy(risks);
    contactIds = Collections.unmodifiableList(new ArrayList<>(contactIds));
    contactPhones = Collections.unmodifiableList(new ArrayList<>(contactPhones));
    contacts = copy(contacts);
    glossary = copy(glossary);
    sections = copy(sections);
  }

  /** Every value of {@code bulletin}. */
  public static Parts of(Bulletin bulletin) {
    return new Parts(bulletin.id(), bulletin.layout(), bulletin.language(), bulletin.region(), bulletin.series(),
        bulletin.title(), bulletin.publisher(), bulletin.published(), bulletin.summary(), bulletin.alternates(),
        bulletin.alternativeFormats(), bulletin.easyReadReview(), bulletin.risks().stream().map(Risk::id).toList(),
        bulletin.risks(), bulletin.contacts().stream().map(Contact::id).toList(),
        bulletin.contacts().stream().map(c -> c.phone() == null ? null : c.phone().display()).toList(),
        bulletin.contacts(), bulletin.glossary(), bulletin.sections().stream().map(SectionParts::of).toList());
  }

  private static <T> @Nullable List<@Nullable T> copy(@Nullable List<@Nullable T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
