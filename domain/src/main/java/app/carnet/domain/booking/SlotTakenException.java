package app.carnet.domain.booking;

import app.carnet.domain.shared.BusinessException;

/**
 * The time could not be held: another appointment or blocked time holds some of it, perhaps since a moment ago
 * (two clients confirming the same slot). The transaction rolls back, so nothing is written. A caller that words
 * it otherwise (the practitioner's "already occupied") catches this type rather than comparing message keys.
 */
public class SlotTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    SlotTakenException() {
        super("booking.taken", "slot");
    }
}
