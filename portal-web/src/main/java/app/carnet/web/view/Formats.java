package app.carnet.web.view;

import app.carnet.domain.shared.Dates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/** Dates and times as the user reads them: the view's language, the Paris time zone. */
@Named
@RequestScoped
public class Formats {

    @Inject
    LanguageBacking language;

    public String date(LocalDate date) {
        return date == null ? "" : Dates.date(date, language.getLocale());
    }

    /** "lundi 30 novembre". */
    public String weekday(LocalDate date) {
        return date == null ? "" : Dates.weekday(date, language.getLocale());
    }

    /** "9 h 30" for a Paris time of day, or of an instant. */
    public String time(Object time) {
        return switch (time) {
            case null -> "";
            case java.time.LocalTime t -> Dates.time(t, language.getLocale());
            case Instant i -> Dates.time(i.atZone(Dates.PARIS).toLocalTime(), language.getLocale());
            default -> throw new IllegalArgumentException("Not a time");
        };
    }

    public String money(app.carnet.domain.shared.Money money) {
        return money == null ? "" : money.written(language.getLocale());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : Dates.dateTime(instant, language.getLocale());
    }

    /** A French number as the French write it ({@code 06 12 34 56 78}); another country's as stored (+44…). */
    public String phone(String international) {
        return phoneNumber(international);
    }

    /** A number with its decimals as the page's language writes them (72,5 in French, 72.5 in English). */
    public String decimal(java.math.BigDecimal number) {
        return number == null ? "" : java.text.NumberFormat.getNumberInstance(language.getLocale()).format(number);
    }

    /** A file's size in kilobytes or megabytes, as the page's language writes them. */
    public String fileSize(long bytes) {
        boolean english = "en".equals(language.getLocale().getLanguage());
        var number = java.text.NumberFormat.getNumberInstance(language.getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return number.format(Math.max(1, Math.round(bytes / 1024.0))) + (english ? " kB" : " Ko");
        }
        return number.format(bytes / (1024.0 * 1024)) + (english ? " MB" : " Mo");
    }

    /** An address on its lines, then the postal code and the city on the last one. */
    public String address(String lines, String postalCode, String city) {
        String town = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        return lines == null ? town : town.isEmpty() ? lines : lines + "\n" + town;
    }

    static String phoneNumber(String international) {
        if (international == null) {
            return "";
        }
        if (international.matches("\\+33\\d{9}")) {
            return ("0" + international.substring(3)).replaceAll("(\\d{2})(?=\\d)", "$1 ");
        }
        return international;
    }
}
