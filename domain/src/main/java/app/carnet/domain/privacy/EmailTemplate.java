package app.carnet.domain.privacy;

/**
 * An email a module sends: {@code <name>.subject} and {@code <name>.body} of its own resource {@code bundle} (French
 * by default, English beside it), and the purpose it serves, which every outgoing email carries so that an objection
 * can be honoured where emails are queued. Each module declares its templates in its {@link DataCatalog}.
 */
public record EmailTemplate(String bundle, String name, Purpose purpose) {
}
