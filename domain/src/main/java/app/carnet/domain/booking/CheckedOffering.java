package app.carnet.domain.booking;

import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Money;

/** A service's fields once checked: what {@link Offering} stores. */
record CheckedOffering(String name, String description, int durationMinutes, int bufferMinutes, Money price,
        boolean online, Location location, String locationDetail) {

    /** @throws app.carnet.domain.shared.BusinessException with every problem of the form */
    static CheckedOffering of(OfferingForm form) {
        var checks = new Checks();
        String name = checks.text(form.name(), 120, "name");
        String description = checks.optionalText(form.description(), 2_000, "description", true);
        int duration = minutes(checks, form.durationMinutes(), 5, 8 * 60, "durationMinutes", true);
        int buffer = minutes(checks, form.bufferMinutes(), 0, 4 * 60, "bufferMinutes", false);
        Money price = checks.present(form.price(), "price");
        if (price != null && price.isNegative()) {
            checks.refuse("price", "booking.price.invalid");
        }
        Location location = checks.present(form.location(), "location");
        String detail = checks.optionalText(form.locationDetail(), 500, "locationDetail", false);
        if (location == Location.VIDEO && detail != null && !detail.matches("https://\\S+")) {
            checks.refuse("locationDetail", "booking.videoLink.invalid");
        }
        checks.throwIfAny();
        return new CheckedOffering(name, description, duration, buffer, price, form.online(), location, detail);
    }

    /** Minutes, a multiple of 5 between {@code min} and {@code max}; empty is 0 unless required. */
    private static int minutes(Checks checks, Integer minutes, int min, int max, String field, boolean required) {
        if (minutes == null) {
            if (required) {
                checks.refuse(field, "validation.required");
            }
            return 0;
        }
        if (minutes < min || minutes > max || minutes % 5 != 0) {
            checks.refuse(field, "booking.minutes.range");
        }
        return minutes;
    }
}
