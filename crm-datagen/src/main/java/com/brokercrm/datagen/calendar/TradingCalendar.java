package com.brokercrm.datagen.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Shanghai/Shenzhen/Beijing exchange calendar: weekdays minus the exchange holidays. The
 * holidays 2016-2027 are a hard-coded table (2027 is an estimate from the lunar calendar); other
 * years close on New Year's Day, Labour Day and the National Day week only.
 */
public final class TradingCalendar {

    /** Weekday closures as single dates or inclusive ranges {@code from..to}. */
    private static final String[] CLOSURES = {
        "2016-01-01",
        "2016-02-08..2016-02-12",
        "2016-04-04",
        "2016-05-02",
        "2016-06-09..2016-06-10",
        "2016-09-15..2016-09-16",
        "2016-10-03..2016-10-07",
        "2017-01-02",
        "2017-01-27..2017-02-02",
        "2017-04-03..2017-04-04",
        "2017-05-01",
        "2017-05-29..2017-05-30",
        "2017-10-02..2017-10-06",
        "2018-01-01",
        "2018-02-15..2018-02-21",
        "2018-04-05..2018-04-06",
        "2018-04-30..2018-05-01",
        "2018-06-18",
        "2018-09-24",
        "2018-10-01..2018-10-05",
        "2019-01-01",
        "2019-02-04..2019-02-08",
        "2019-04-05",
        "2019-05-01..2019-05-03",
        "2019-06-07",
        "2019-09-13",
        "2019-10-01..2019-10-07",
        "2020-01-01",
        "2020-01-24..2020-01-31",
        "2020-04-06",
        "2020-05-01..2020-05-05",
        "2020-06-25..2020-06-26",
        "2020-10-01..2020-10-08",
        "2021-01-01",
        "2021-02-11..2021-02-17",
        "2021-04-05",
        "2021-05-03..2021-05-05",
        "2021-06-14",
        "2021-09-20..2021-09-21",
        "2021-10-01..2021-10-07",
        "2022-01-03",
        "2022-01-31..2022-02-04",
        "2022-04-04..2022-04-05",
        "2022-05-02..2022-05-04",
        "2022-06-03",
        "2022-09-12",
        "2022-10-03..2022-10-07",
        "2023-01-02",
        "2023-01-23..2023-01-27",
        "2023-04-05",
        "2023-05-01..2023-05-03",
        "2023-06-22..2023-06-23",
        "2023-09-29",
        "2023-10-02..2023-10-06",
        "2024-01-01",
        "2024-02-09..2024-02-16",
        "2024-04-04..2024-04-05",
        "2024-05-01..2024-05-03",
        "2024-06-10",
        "2024-09-16..2024-09-17",
        "2024-10-01..2024-10-07",
        "2025-01-01",
        "2025-01-28..2025-02-04",
        "2025-04-04",
        "2025-05-01..2025-05-05",
        "2025-06-02",
        "2025-10-01..2025-10-08",
        "2026-01-01..2026-01-02",
        "2026-02-16..2026-02-23",
        "2026-04-06",
        "2026-05-01..2026-05-05",
        "2026-06-19",
        "2026-09-25",
        "2026-10-01..2026-10-07",
        "2027-01-01",
        "2027-02-05..2027-02-11",
        "2027-04-05",
        "2027-05-03..2027-05-05",
        "2027-06-09",
        "2027-09-15",
        "2027-10-01..2027-10-07",
    };

    private static final int FIRST_TABLE_YEAR = 2016;
    private static final int LAST_TABLE_YEAR = 2027;
    private static final Set<LocalDate> HOLIDAYS = parse(CLOSURES);

    private TradingCalendar() {}

    private static Set<LocalDate> parse(String[] closures) {
        Set<LocalDate> days = new HashSet<>();
        for (String c : closures) {
            int dots = c.indexOf("..");
            LocalDate from = LocalDate.parse(dots < 0 ? c : c.substring(0, dots));
            LocalDate to = dots < 0 ? from : LocalDate.parse(c.substring(dots + 2));
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    public static boolean isTradingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        int year = date.getYear();
        if (year >= FIRST_TABLE_YEAR && year <= LAST_TABLE_YEAR) {
            return !HOLIDAYS.contains(date);
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return !((month == 1 && day == 1) || (month == 5 && day == 1) || (month == 10 && day <= 7));
    }

    /** The last trading day on or before {@code date}. */
    public static LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isTradingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The trading days from {@code from} to {@code to}, both inclusive. */
    public static List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isTradingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * The generation window: from the opening day (the last trading day on or before
     * {@code end - years}, which carries only opening balances) to the last trading day on or before
     * {@code end}.
     */
    public static TradingDays window(LocalDate end, int years) {
        LocalDate opening = onOrBefore(end.minusYears(years));
        return new TradingDays(between(opening, onOrBefore(end)));
    }
}
