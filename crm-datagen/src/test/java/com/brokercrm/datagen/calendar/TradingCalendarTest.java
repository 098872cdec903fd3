package com.brokercrm.datagen.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradingCalendarTest {

    @Test
    void weekendsAndExchangeHolidaysAreClosed() {
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2026, 10, 31))).isFalse(); // Saturday
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2025, 10, 8))).isFalse(); // National Day week
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2026, 2, 17))).isFalse(); // Spring Festival
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2025, 5, 30))).isTrue();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2025, 6, 2))).isFalse(); // Dragon Boat
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2026, 10, 30))).isTrue();
    }

    @Test
    void aYearHoldsAboutTwoHundredFortyTradingDays() {
        for (int year = 2018; year <= 2026; year++) {
            int days = TradingCalendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                    .size();
            assertThat(days).as(Integer.toString(year)).isBetween(236, 246);
        }
    }

    @Test
    void theWindowStartsWithAnOpeningDayAndMarksMonthEnds() {
        TradingDays days = TradingCalendar.window(LocalDate.of(2026, 10, 30), 2);
        assertThat(days.first()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(days.last()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(days.isSnapshot(0)).isTrue();
        int may = days.indexOnOrAfter(LocalDate.of(2025, 5, 30));
        assertThat(days.isSnapshot(may)).isTrue(); // last trading day of May 2025
        assertThat(days.isSnapshot(may - 1)).isFalse();
        assertThat(new String(days.iso(days.size() - 1))).isEqualTo("2026-10-30");
    }

    @Test
    void aWindowEndingOnAHolidayEndsOnTheTradingDayBefore() {
        TradingDays days = TradingCalendar.window(LocalDate.of(2026, 10, 4), 1);
        assertThat(days.last()).isEqualTo(LocalDate.of(2026, 9, 30));
    }
}
