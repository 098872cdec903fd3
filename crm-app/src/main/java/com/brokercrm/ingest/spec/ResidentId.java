package com.brokercrm.ingest.spec;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character PRC resident identity number of GB 11643: region, birth date, sequence, check character. */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentId() {}

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * The check character for the first 17 characters of an SQL column, as an SQL expression (NULL when one
     * of them is not a digit).
     */
    public static String checkCharacterSql(String column) {
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            sum.append(i == 0 ? "" : " + ")
                    .append("TRY_CAST(substr(")
                    .append(column)
                    .append(", ")
                    .append(i + 1)
                    .append(", 1) AS INTEGER) * ")
                    .append(WEIGHTS[i]);
        }
        return "substr('" + new String(CHECK) + "', (" + sum + ") % 11 + 1, 1)";
    }

    /** Returns why the number is not a valid resident ID, or null when it is. */
    public static String problem(String id) {
        if (id.length() != 18) {
            return "must have 18 characters, has " + id.length();
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return "must be 17 digits and a check character";
            }
        }
        char last = Character.toUpperCase(id.charAt(17));
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return "must end with a digit or X";
        }
        if (birthDate(id) == null) {
            return "holds no valid birth date (characters 7-14)";
        }
        char expected = checkCharacter(id);
        if (last != expected) {
            return "fails the GB 11643 checksum (check character should be " + expected + ")";
        }
        return null;
    }

    /** The birth date held in characters 7-14, or null when they are no date. */
    public static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
