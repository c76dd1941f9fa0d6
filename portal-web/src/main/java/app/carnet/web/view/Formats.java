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

    public String dateTime(Instant instant) {
        return instant == null ? "" : Dates.dateTime(instant, language.getLocale());
    }
}
