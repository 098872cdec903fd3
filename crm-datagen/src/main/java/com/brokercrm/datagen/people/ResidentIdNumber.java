package com.brokercrm.datagen.people;

import java.time.LocalDate;

/**
 * The 18-character PRC resident identity number of GB 11643-1999: six-digit area code, birth date
 * YYYYMMDD, a three-digit sequence (odd for men, even for women) and a check character.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {}

    /** Builds a valid number; {@code sequence} is 0-999 and its parity is adjusted to the gender. */
    public static String of(String areaCode, LocalDate birthDate, int sequence, boolean male) {
        int seq = sequence % 1000;
        if ((seq % 2 == 1) != male) {
            seq = seq == 999 ? 998 : seq + 1;
        }
        StringBuilder id = new StringBuilder(18).append(areaCode);
        pad(id, birthDate.getYear(), 4);
        pad(id, birthDate.getMonthValue(), 2);
        pad(id, birthDate.getDayOfMonth(), 2);
        pad(id, seq, 3);
        return id.append(checkCharacter(id)).toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        sb.repeat('0', width - digits.length()).append(digits);
    }

    /** The GB 11643 check character (MOD 11-2) of the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** True when the number has 17 digits and a matching check character. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return Character.toUpperCase(id.charAt(17)) == checkCharacter(id);
    }
}
