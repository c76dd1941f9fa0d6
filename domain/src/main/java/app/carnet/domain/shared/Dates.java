package app.carnet.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people write them, in Paris time: "1er mars 1985", "3 décembre 2026 à 14 h 28";
 * "1 March 1985", "3 December 2026 at 14:28".
 */
public final class Dates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (isEnglish(locale)) {
            return ENGLISH_DATE.format(date);
        }
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " "
                + FRENCH_MONTH_YEAR.format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        var local = instant.atZone(PARIS);
        return isEnglish(locale) ? date(local.toLocalDate(), locale) + " at " + ENGLISH_TIME.format(local)
                : date(local.toLocalDate(), locale) + " à " + FRENCH_TIME.format(local);
    }

    /** A day with its weekday, without the year: "lundi 30 novembre", "Monday 30 November". */
    public static String weekday(LocalDate date, Locale locale) {
        return isEnglish(locale) ? ENGLISH_WEEKDAY.format(date) : FRENCH_WEEKDAY.format(date)
                .replaceFirst(" 1 ", " 1er ");
    }

    /** A time of day: "9 h 30", "09:30". */
    public static String time(java.time.LocalTime time, Locale locale) {
        return isEnglish(locale) ? ENGLISH_TIME.format(time) : FRENCH_TIME.format(time);
    }

    /** Today in Paris, the day the practice lives in. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
