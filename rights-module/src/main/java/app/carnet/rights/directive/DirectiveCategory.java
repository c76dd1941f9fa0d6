package app.carnet.rights.directive;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a directive speaks of: the categories of the privacy policy as a client recognises them, each the sections
 * of their export ({@code ClientExport}) it gathers. A category is kept, erased or communicated whole, since each
 * module erases what it holds about a client whole ({@code PersonalDataHolder}). The file (identity and contact)
 * cannot be erased at death: the death record, the heirs' requests and the legal holds refer to it; it follows the
 * ordinary retention from the death date. The access journal and the portal account are not chosen: the journal is
 * kept (proof of who reached the file), the account is closed at death whatever the directives.
 */
public enum DirectiveCategory {
    /** Identity and contact details (the file, who it was shared with). */
    FILE(false, "file", "sharedWith"),
    /** Health record, consultations with their attachments, advice. */
    HEALTH(true, "anamnesis", "measurements", "consultations", "pieces-jointes", "advice"),
    /** Appointments and the waitlist. */
    APPOINTMENTS(true, "appointments", "waitlist"),
    /** Messages, incoming calls and letters, the emails Carnet sent. */
    EXCHANGES(true, "messages", "incomingContacts", "emails");

    private final boolean erasable;
    private final Set<String> sections;

    DirectiveCategory(boolean erasable, String... sections) {
        this.erasable = erasable;
        this.sections = Set.of(sections);
    }

    /** Whether a directive may ask for this category to be erased at death. */
    public boolean erasable() {
        return erasable;
    }

    /** The sections of the export (and folders of its files) this category gathers. */
    public Set<String> sections() {
        return sections;
    }

    /** The category of a section of the export, if it is one of a directive's. */
    public static Optional<DirectiveCategory> ofSection(String section) {
        return Arrays.stream(values()).filter(c -> c.sections.contains(section)).findFirst();
    }
}
