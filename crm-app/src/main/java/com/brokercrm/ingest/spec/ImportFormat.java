package com.brokercrm.ingest.spec;

import static com.brokercrm.ingest.spec.Column.optional;
import static com.brokercrm.ingest.spec.Column.required;
import static com.brokercrm.ingest.spec.ColumnType.money;
import static com.brokercrm.ingest.spec.ColumnType.moneyAboveZero;
import static com.brokercrm.ingest.spec.ColumnType.moneyAtLeastZero;
import static com.brokercrm.ingest.spec.ColumnType.oneOf;
import static com.brokercrm.ingest.spec.ColumnType.priceAboveZero;
import static com.brokercrm.ingest.spec.ColumnType.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Import format v1: every file the core trading system may hand over, in the order they must be
 * loaded so that references resolve (branches, staff, securities, customers, then the facts).
 */
public final class ImportFormat {

    private static final ColumnType ID = new ColumnType.Code(32);
    private static final ColumnType SECURITY_CODE = new ColumnType.Code(12);
    private static final ColumnType DATE = new ColumnType.Date();
    private static final ColumnType EXCHANGE = oneOf("SH", "SZ", "BJ", "OTC");
    private static final String[] STAFF_ROLES = {
        "ACCOUNT_MANAGER", "BROKER", "ADVISOR", "CALL_AGENT", "BRANCH_MANAGER", "HQ_ANALYST", "COMPLIANCE", "HQ_ADMIN"
    };
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal MIN_COMMISSION = new BigDecimal("5.00");
    private static final BigDecimal COMMISSION_CAP = new BigDecimal("0.003");
    private static final BigDecimal STAMP_DUTY_CAP = new BigDecimal("0.001");

    private static final String ID_BIRTH = "TRY_CAST(substr(id_number, 7, 4) || '-' || substr(id_number, 11, 2)"
            + " || '-' || substr(id_number, 13, 2) AS DATE)";
    /**
     * SQL form of {@link #residentIdValid}: the shape (17 digits and a check character), the birth date in
     * characters 7-14 (a real date, equal to birth_date when given) and the GB 11643 check character.
     */
    private static final String RESIDENT_ID_SUSPECT = "id_number IS NOT NULL AND ("
            + "NOT regexp_full_match(id_number, '[0-9]{17}[0-9Xx]')"
            + " OR " + ID_BIRTH + " IS NULL"
            + " OR strftime(" + ID_BIRTH + ", '%Y%m%d') <> substr(id_number, 7, 8)"
            + " OR (birth_date IS NOT NULL AND birth_date <> " + ID_BIRTH + ")"
            + " OR " + ResidentId.checkCharacterSql("id_number") + " <> upper(substr(id_number, 18, 1)))";

    private static final Reference BRANCH = Reference.to("branch_id", "branch", "branch");
    private static final Reference CUSTOMER = Reference.to("customer_id", "customer", "customer");
    private static final Reference SECURITY = new Reference(
            List.of("exchange", "security_code"), "security", List.of("exchange", "security_code"), "security");

    public static final List<FileSpec> FILES = List.of(
            new FileSpec(
                    "branches.csv",
                    "branch",
                    List.of(
                            required("branch_id", ID),
                            required("name", text(200)),
                            required("city", text(100)),
                            required("region", text(100)),
                            required("opened_on", DATE)),
                    List.of("branch_id"),
                    List.of(),
                    List.of()),
            new FileSpec(
                    "staff.csv",
                    "staff",
                    List.of(
                            required("staff_id", ID),
                            required("name", text(200)),
                            required("role", oneOf(STAFF_ROLES)),
                            optional("branch_id", ID),
                            required("hired_on", DATE),
                            optional("left_on", DATE)),
                    List.of("staff_id"),
                    List.of(BRANCH),
                    List.of(RowCheck.withSql(
                            "left_on IS NOT NULL AND left_on < hired_on", ImportFormat::leftAfterHired))),
            new FileSpec(
                    "securities.csv",
                    "security",
                    List.of(
                            required("security_code", SECURITY_CODE),
                            required("exchange", EXCHANGE),
                            required("name", text(200)),
                            required("type", oneOf("STOCK", "ETF", "FUND", "BOND", "WMP")),
                            required("board", oneOf("MAIN", "STAR", "CHINEXT", "BSE", "NA")),
                            required("risk_rating", oneOf("R1", "R2", "R3", "R4", "R5")),
                            required("is_st", new ColumnType.Flag()),
                            optional("industry", text(100))),
                    List.of("exchange", "security_code"),
                    List.of(),
                    List.of(RowCheck.withSql(
                            "exchange <> 'OTC' AND NOT regexp_full_match(security_code, '[0-9]{6}')",
                            ImportFormat::exchangeCodeIsSixDigits))),
            new FileSpec(
                    "customers.csv",
                    "customer",
                    List.of(
                            required("customer_id", ID),
                            required("name", text(200)),
                            optional("gender", oneOf("M", "F")),
                            optional("birth_date", DATE),
                            optional("id_number", text(18)),
                            optional("phone", text(11)),
                            optional("email", text(254)),
                            optional("city", text(100)),
                            optional("occupation", text(100)),
                            optional("education", text(100)),
                            optional("income_band", oneOf("LT_100K", "100K_300K", "300K_1M", "1M_5M", "GT_5M")),
                            required("open_date", DATE),
                            required("branch_id", ID),
                            optional("manager_id", ID),
                            optional("broker_id", ID),
                            required("investor_type", oneOf("ORDINARY", "PROFESSIONAL")),
                            optional("risk_level", oneOf("C1", "C2", "C3", "C4", "C5")),
                            optional("risk_assessed_on", DATE),
                            required("status", oneOf("ACTIVE", "DORMANT", "CLOSED", "TRANSFERRED_OUT")),
                            optional("status_date", DATE),
                            optional("id_expires_on", DATE)),
                    List.of("customer_id"),
                    List.of(
                            BRANCH,
                            Reference.to("manager_id", "staff", "staff_id", "staff member (manager)"),
                            Reference.to("broker_id", "staff", "staff_id", "staff member (broker)")),
                    List.of(
                            RowCheck.withSql(RESIDENT_ID_SUSPECT, ImportFormat::residentIdValid),
                            RowCheck.withSql(
                                    "phone IS NOT NULL AND NOT regexp_full_match(phone, '1[3-9][0-9]{9}')",
                                    ImportFormat::phoneIsMobile),
                            RowCheck.withSql(
                                    "email IS NOT NULL AND NOT regexp_full_match(email, '[^@ ]+@[^@ .]+[.][^@ ]*')",
                                    ImportFormat::emailHasAt),
                            RowCheck.withSql(
                                    "birth_date IS NOT NULL AND birth_date >= open_date",
                                    ImportFormat::bornBeforeOpening),
                            RowCheck.withSql(
                                    "id_expires_on IS NOT NULL AND id_expires_on < open_date",
                                    ImportFormat::idExpiryPlausible))),
            new FileSpec(
                    "prices.csv",
                    "price_daily",
                    List.of(
                            required("exchange", EXCHANGE),
                            required("security_code", SECURITY_CODE),
                            required("trade_date", DATE),
                            required("close", priceAboveZero())),
                    List.of("exchange", "security_code", "trade_date"),
                    List.of(SECURITY),
                    List.of()),
            new FileSpec(
                    "trades.csv",
                    "trade",
                    List.of(
                            required("trade_id", ID),
                            required("customer_id", ID),
                            required("trade_date", DATE),
                            required("trade_time", new ColumnType.Time()),
                            required("exchange", EXCHANGE),
                            required("security_code", SECURITY_CODE),
                            required("side", oneOf("B", "S")),
                            required("quantity", new ColumnType.Whole(1, Long.MAX_VALUE, "BIGINT")),
                            required("price", priceAboveZero()),
                            required("amount", moneyAboveZero()),
                            required("commission", moneyAtLeastZero()),
                            required("stamp_duty", moneyAtLeastZero()),
                            required("transfer_fee", moneyAtLeastZero()),
                            required("channel", oneOf("APP", "WEB", "PHONE", "COUNTER"))),
                    List.of("trade_id"),
                    List.of(CUSTOMER, SECURITY),
                    List.of(
                            RowCheck.withSql(
                                    "abs(quantity * price - amount) > 0.01", ImportFormat::amountIsQuantityTimesPrice),
                            RowCheck.withSql(
                                    "(stamp_duty > 0 AND side = 'B')"
                                            + " OR stamp_duty > CAST(amount AS DECIMAL(38, 2)) * 0.001 + 0.01",
                                    ImportFormat::stampDutyOnlyOnSells),
                            RowCheck.withSql(
                                    "commission > greatest(CAST(amount AS DECIMAL(38, 2)) * 0.003, 5.00) + 0.01",
                                    ImportFormat::commissionWithinCap),
                            RowCheck.withSql(
                                    "CAST(commission AS DECIMAL(38, 2)) + stamp_duty + transfer_fee"
                                            + " > CAST(amount AS DECIMAL(38, 2)) + 5.00",
                                    ImportFormat::feesBelowAmount))),
            new FileSpec(
                    "fund_flows.csv",
                    "fund_flow",
                    List.of(
                            required("flow_id", ID),
                            required("customer_id", ID),
                            required("flow_date", DATE),
                            required("direction", oneOf("IN", "OUT")),
                            required("amount", moneyAboveZero()),
                            required(
                                    "kind",
                                    oneOf("BANK_TRANSFER", "CUSTODY_TRANSFER", "DIVIDEND", "INTEREST", "OTHER"))),
                    List.of("flow_id"),
                    List.of(CUSTOMER),
                    List.of()),
            new FileSpec(
                    "daily_assets.csv",
                    "daily_asset",
                    List.of(
                            required("customer_id", ID),
                            required("as_of", DATE),
                            required("cash", moneyAtLeastZero()),
                            required("market_value", moneyAtLeastZero()),
                            required("margin_debt", moneyAtLeastZero())),
                    List.of("customer_id", "as_of"),
                    List.of(CUSTOMER),
                    List.of()),
            new FileSpec(
                    "positions.csv",
                    "holding",
                    List.of(
                            required("customer_id", ID),
                            required("as_of", DATE),
                            required("exchange", EXCHANGE),
                            required("security_code", SECURITY_CODE),
                            required("quantity", new ColumnType.Whole(0, Long.MAX_VALUE, "BIGINT")),
                            required("cost_amount", money()),
                            required("market_value", moneyAtLeastZero())),
                    List.of("customer_id", "as_of", "exchange", "security_code"),
                    List.of(CUSTOMER, SECURITY),
                    List.of()),
            new FileSpec(
                    "contacts.csv",
                    "contact",
                    List.of(
                            required("contact_id", ID),
                            required("customer_id", ID),
                            optional("staff_id", ID),
                            required("channel", oneOf("CALL_IN", "CALL_OUT", "EMAIL", "SMS", "WEB", "VISIT", "WECHAT")),
                            required("occurred_at", new ColumnType.Instant()),
                            optional("duration_s", new ColumnType.Whole(0, Integer.MAX_VALUE, "INTEGER")),
                            optional("topic", text(200)),
                            optional("outcome", text(200)),
                            optional("satisfaction", new ColumnType.Whole(1, 5, "SMALLINT")),
                            optional("note", text(4000))),
                    List.of("contact_id"),
                    List.of(CUSTOMER, Reference.to("staff_id", "staff", "staff member")),
                    List.of()),
            new FileSpec(
                    "churn_events.csv",
                    "churn_event",
                    List.of(
                            required("customer_id", ID),
                            required("event_date", DATE),
                            required("type", oneOf("CLOSED", "TRANSFERRED_OUT", "ASSET_OUTFLOW", "DORMANT")),
                            optional(
                                    "reason_code",
                                    oneOf(
                                            "COMMISSION",
                                            "SERVICE",
                                            "PERFORMANCE",
                                            "COMPETITOR",
                                            "PRODUCT",
                                            "LIFE_EVENT",
                                            "MARKET",
                                            "PLATFORM",
                                            "OTHER")),
                            optional("destination", text(200)),
                            optional("note", text(4000))),
                    List.of("customer_id", "event_date", "type"),
                    List.of(CUSTOMER),
                    List.of()),
            new FileSpec(
                    "market_volume.csv",
                    "market_volume",
                    List.of(
                            required("region", text(100)),
                            required("month", text(7)),
                            required("market_amount", moneyAtLeastZero()),
                            optional("market_accounts", new ColumnType.Whole(0, Long.MAX_VALUE, "BIGINT"))),
                    List.of("region", "month"),
                    List.of(),
                    List.of(RowCheck.withSql(
                            "NOT regexp_full_match(month, '[0-9]{4}-(0[1-9]|1[0-2])')",
                            ImportFormat::monthIsYearMonth))));

    private ImportFormat() {}

    public static Optional<FileSpec> forFile(String fileName) {
        return FILES.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
    }

    public static Optional<FileSpec> forTable(String table) {
        return FILES.stream().filter(f -> f.table().equals(table)).findFirst();
    }

    private static String leftAfterHired(RowCheck.Row row) {
        LocalDate hired = (LocalDate) row.get("hired_on");
        LocalDate left = (LocalDate) row.get("left_on");
        return left != null && left.isBefore(hired) ? "left_on " + left + " is before hired_on " + hired : null;
    }

    private static String exchangeCodeIsSixDigits(RowCheck.Row row) {
        String exchange = (String) row.get("exchange");
        String code = (String) row.get("security_code");
        if (exchange.equals("OTC")) {
            return null;
        }
        boolean sixDigits = code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9');
        return sixDigits ? null : "security_code '" + code + "' on " + exchange + " must be 6 digits";
    }

    private static String residentIdValid(RowCheck.Row row) {
        String id = (String) row.get("id_number");
        if (id == null) {
            return null;
        }
        String problem = ResidentId.problem(id);
        if (problem != null) {
            return "id_number " + mask(id) + " " + problem;
        }
        LocalDate birth = (LocalDate) row.get("birth_date");
        if (birth != null && !birth.equals(ResidentId.birthDate(id))) {
            return "birth_date " + birth + " differs from the birth date in id_number";
        }
        return null;
    }

    private static String phoneIsMobile(RowCheck.Row row) {
        String phone = (String) row.get("phone");
        if (phone == null) {
            return null;
        }
        boolean valid = phone.length() == 11
                && phone.charAt(0) == '1'
                && phone.charAt(1) >= '3'
                && phone.chars().allMatch(c -> c >= '0' && c <= '9');
        return valid ? null : "phone '" + phone + "' is not an 11-digit mobile number";
    }

    private static String emailHasAt(RowCheck.Row row) {
        String email = (String) row.get("email");
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        boolean valid =
                at > 0 && at == email.lastIndexOf('@') && email.indexOf('.', at) > at + 1 && !email.contains(" ");
        return valid ? null : "email '" + email + "' is not an e-mail address";
    }

    private static String bornBeforeOpening(RowCheck.Row row) {
        LocalDate birth = (LocalDate) row.get("birth_date");
        LocalDate opened = (LocalDate) row.get("open_date");
        return birth != null && !birth.isBefore(opened)
                ? "birth_date " + birth + " is not before open_date " + opened
                : null;
    }

    /**
     * The identity document on file was valid on the day the account was opened (one expiring on that very
     * day still was). With birth_date before open_date, it so also expires after its holder was born.
     */
    private static String idExpiryPlausible(RowCheck.Row row) {
        LocalDate expires = (LocalDate) row.get("id_expires_on");
        LocalDate opened = (LocalDate) row.get("open_date");
        return expires != null && expires.isBefore(opened)
                ? "id_expires_on " + expires + " is before open_date " + opened
                        + " (the account cannot have been opened on an expired document)"
                : null;
    }

    private static String amountIsQuantityTimesPrice(RowCheck.Row row) {
        BigDecimal quantity = BigDecimal.valueOf((Long) row.get("quantity"));
        BigDecimal price = (BigDecimal) row.get("price");
        BigDecimal amount = (BigDecimal) row.get("amount");
        BigDecimal expected = quantity.multiply(price);
        if (expected.subtract(amount).abs().compareTo(CENT) > 0) {
            return "amount " + amount.toPlainString() + " is not quantity x price ("
                    + expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ")";
        }
        return null;
    }

    private static String stampDutyOnlyOnSells(RowCheck.Row row) {
        BigDecimal stampDuty = (BigDecimal) row.get("stamp_duty");
        if (stampDuty.signum() > 0 && "B".equals(row.get("side"))) {
            return "stamp_duty " + stampDuty.toPlainString() + " charged on a buy (stamp duty applies to sells only)";
        }
        BigDecimal cap =
                ((BigDecimal) row.get("amount")).multiply(STAMP_DUTY_CAP).add(CENT);
        if (stampDuty.compareTo(cap) > 0) {
            return "stamp_duty " + stampDuty.toPlainString() + " is above 0.1% of the amount";
        }
        return null;
    }

    private static String commissionWithinCap(RowCheck.Row row) {
        BigDecimal commission = (BigDecimal) row.get("commission");
        BigDecimal amount = (BigDecimal) row.get("amount");
        BigDecimal cap = amount.multiply(COMMISSION_CAP).max(MIN_COMMISSION).add(CENT);
        if (commission.compareTo(cap) > 0) {
            return "commission " + commission.toPlainString()
                    + " is above the legal cap (0.3% of the amount, at least 5.00)";
        }
        return null;
    }

    private static String feesBelowAmount(RowCheck.Row row) {
        BigDecimal fees = ((BigDecimal) row.get("commission"))
                .add((BigDecimal) row.get("stamp_duty"))
                .add((BigDecimal) row.get("transfer_fee"));
        BigDecimal amount = (BigDecimal) row.get("amount");
        return fees.compareTo(amount.add(MIN_COMMISSION)) > 0
                ? "fees " + fees.toPlainString() + " exceed the traded amount " + amount.toPlainString()
                : null;
    }

    private static String monthIsYearMonth(RowCheck.Row row) {
        String month = (String) row.get("month");
        boolean valid = month.length() == 7
                && month.charAt(4) == '-'
                && month.substring(0, 4).chars().allMatch(Character::isDigit)
                && month.substring(5).chars().allMatch(Character::isDigit)
                && Integer.parseInt(month.substring(5)) >= 1
                && Integer.parseInt(month.substring(5)) <= 12;
        return valid ? null : "month '" + month + "' is not in the form YYYY-MM";
    }

    /** Shows the first 6 and last 4 characters of an identity number, never the whole of it. */
    public static String mask(String id) {
        return id.length() <= 10 ? "****" : id.substring(0, 6) + "********" + id.substring(id.length() - 4);
    }
}
