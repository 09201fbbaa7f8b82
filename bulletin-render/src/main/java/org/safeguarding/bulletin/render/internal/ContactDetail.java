package org.safeguarding.bulletin.render.internal;

import org.jspecify.annotations.Nullable;

/**
 * One labelled detail of a contact, such as "Open: Monday to Friday, 9am to 5pm".
 *
 * @param label what the detail is, for example "Open"
 * @param text the detail as shown
 * @param target where it links to, for example {@code mailto:help@nspcc.org.uk}, if it is a link
 */
public record ContactDetail(String label, String text, @Nullable String target) {}
