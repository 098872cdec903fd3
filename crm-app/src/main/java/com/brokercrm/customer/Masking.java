package com.brokercrm.customer;

/** How personal data is shown to staff: enough to recognise a client, not enough to copy. */
public final class Masking {

    private Masking() {}

    /** 13800138000 becomes 138****8000. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** An 18-character resident ID keeps its region code and last four characters. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** zhang@example.com becomes z****@example.com. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 1) {
            return email.replaceAll("[^@]", "*");
        }
        return email.charAt(0) + "*".repeat(at - 1) + email.substring(at);
    }
}
