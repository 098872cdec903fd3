package com.brokercrm.datagen.customer;

import java.time.LocalDate;
import java.time.Period;

/**
 * The expiry date of the resident identity card a brokerage holds on file for a client ({@code
 * id_expires_on} in customers.csv), worked out from values already drawn — the client number, the birth
 * date, the opening date and the last day of the history — with a hash of its own, never with the
 * generator's random streams, so that every other generated value stays as it was.
 *
 * <p>The model follows the PRC Resident Identity Card Law (居民身份证法, art. 5): a card issued before 16 is
 * valid 5 years, from 16 to 25 10 years, from 26 to 45 20 years, from 46 on for good (长期, written as an
 * empty field). A person gets the first card between 16 and 18 and renews each one up to four months before
 * it expires. Most brokerages update the card on file when the client renews, so the card on file is the
 * one valid on the history's last day; for {@value #STALE_PERCENT}% of clients the record was last updated
 * on a day between the opening and the last day, and their card on file may have expired since — the
 * clients the ID expiry rule (证件到期提醒) is for. About 1% of all clients have a card on file that expires
 * in the 60 days after the last day.
 */
public final class IdCardValidity {

    /** Share of clients (percent) whose card on file was not updated when they renewed. */
    static final int STALE_PERCENT = 8;

    private IdCardValidity() {}

    /**
     * The expiry of the card on file, or null when it is valid for good (issued at 46 or later). Always
     * after the birth date and not before the opening date.
     */
    public static LocalDate expiresOn(String customerId, LocalDate birth, LocalDate openDate, LocalDate end) {
        Hash hash = new Hash(customerId, birth);
        LocalDate onFileAt = end;
        if (hash.below(STALE_PERCENT, 100)) {
            long span = Math.max(0, end.toEpochDay() - openDate.toEpochDay());
            onFileAt = openDate.plusDays(hash.below(span + 1));
        }
        LocalDate issued = birth.plusYears(16).plusDays(hash.below(2 * 365));
        while (true) {
            LocalDate expires = expiry(birth, issued);
            if (expires == null || !expires.isBefore(onFileAt)) {
                return expires;
            }
            issued = expires.minusDays(hash.below(121));
        }
    }

    /** The expiry of a card issued on that day to a person born on that day, or null for a long-term card. */
    public static LocalDate expiry(LocalDate birth, LocalDate issued) {
        int age = Period.between(birth, issued).getYears();
        if (age < 16) {
            return issued.plusYears(5);
        }
        if (age <= 25) {
            return issued.plusYears(10);
        }
        if (age <= 45) {
            return issued.plusYears(20);
        }
        return null;
    }

    /** A stream of numbers from SplitMix64 seeded by the client number and birth date. */
    private static final class Hash {
        private long state;

        Hash(String customerId, LocalDate birth) {
            long seed = 0x9E3779B97F4A7C15L * (birth.toEpochDay() + 0x1D2C3B4A5L);
            for (int i = 0; i < customerId.length(); i++) {
                seed = mix(seed ^ customerId.charAt(i));
            }
            state = seed;
        }

        /** A number in [0, bound). */
        long below(long bound) {
            state += 0x9E3779B97F4A7C15L;
            return Math.floorMod(mix(state), bound);
        }

        boolean below(int share, int of) {
            return below(of) < share;
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
