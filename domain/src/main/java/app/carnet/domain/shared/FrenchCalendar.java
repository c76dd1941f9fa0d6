package app.carnet.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The French calendar: the public holidays of metropolitan France (jours fériés, Code du travail L3133-1), Easter
 * Monday, Ascension and Whit Monday included, and the working days, for the booking rules, the one-month clock of
 * the rights (Regulation 1182/71 art. 3(4): a deadline on a Saturday, Sunday or holiday ends the next working day)
 * and billing's due dates. Alsace-Moselle's Good Friday and 26 December are not in it.
 */
public final class FrenchCalendar {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
            MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private FrenchCalendar() {
    }

    public static boolean isPublicHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    /** Neither a Saturday, a Sunday nor a public holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isPublicHoliday(day);
    }

    /** {@code day} itself when it is a working day, else the first working day after it. */
    public static LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The Gregorian Easter Sunday (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
