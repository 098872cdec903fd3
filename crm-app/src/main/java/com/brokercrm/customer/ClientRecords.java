package com.brokercrm.customer;

import com.brokercrm.customer.ClientRows.AssetPoint;
import com.brokercrm.customer.ClientRows.Contact;
import com.brokercrm.customer.ClientRows.FundFlow;
import com.brokercrm.customer.ClientRows.Holding;
import com.brokercrm.customer.ClientRows.Trade;
import com.brokercrm.customer.ClientRows.TradeFilter;
import com.brokercrm.security.DataScope;
import com.brokercrm.web.PageOf;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads one client's records for the 360 view and the API. Only {@link #detail} and {@link #inScope} look at
 * the data scope; callers go through {@link ClientAccess}, which checks scope and audits before any of the
 * other reads.
 */
@Repository
public class ClientRecords {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final CustomerProperties properties;
    private final ReferenceNames names;

    public ClientRecords(JdbcClient jdbc, CustomerProperties properties, ReferenceNames names) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.names = names;
    }

    /** Rows of a per-client table: only asked when a page came back empty, to say how many pages there are. */
    private long count(String table, String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE customer_id = :id")
                .param("id", customerId)
                .query(Long.class)
                .single();
    }

    public boolean exists(String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_id = :id")
                        .param("id", customerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean inScope(DataScope scope, String customerId) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", customerId);
        return jdbc.sql("SELECT COUNT(*) FROM customer c WHERE c.customer_id = :id AND " + scope.condition())
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<ClientDetail> detail(DataScope scope, String customerId, LocalDate today) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", customerId);
        return jdbc.sql("""
                        SELECT c.* FROM customer c
                        WHERE c.customer_id = :id AND """ + " " + scope.condition())
                .params(params)
                .query((rs, n) -> detail(rs, today))
                .optional();
    }

    private ClientDetail detail(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        LocalDate opened = rs.getObject("open_date", LocalDate.class);
        LocalDate assessed = rs.getObject("risk_assessed_on", LocalDate.class);
        String level = rs.getString("risk_level");
        LocalDate expires = assessed == null ? null : assessed.plus(properties.assessmentValidity());
        ClientDetail.AssessmentState state;
        if (level == null || expires == null) {
            state = ClientDetail.AssessmentState.NOT_ASSESSED;
        } else if (!expires.isAfter(today)) {
            state = ClientDetail.AssessmentState.EXPIRED;
        } else if (!expires.isAfter(today.plus(properties.expiryWarning()))) {
            state = ClientDetail.AssessmentState.EXPIRING_SOON;
        } else {
            state = ClientDetail.AssessmentState.VALID;
        }
        LocalDate idExpires = rs.getObject("id_expires_on", LocalDate.class);
        ClientDetail.IdState idState;
        if (idExpires == null) {
            idState = ClientDetail.IdState.NO_EXPIRY;
        } else if (idExpires.isBefore(today)) {
            idState = ClientDetail.IdState.EXPIRED;
        } else if (!idExpires.isAfter(today.plus(properties.expiryWarning()))) {
            idState = ClientDetail.IdState.EXPIRING_SOON;
        } else {
            idState = ClientDetail.IdState.VALID;
        }
        return new ClientDetail(
                rs.getString("customer_id"),
                rs.getString("name"),
                rs.getString("gender"),
                birth,
                birth == null ? null : Period.between(birth, today).getYears(),
                Masking.phone(rs.getString("phone")),
                Masking.idNumber(rs.getString("id_number")),
                idExpires,
                idState,
                Masking.email(rs.getString("email")),
                rs.getString("city"),
                rs.getString("occupation"),
                rs.getString("education"),
                rs.getString("income_band"),
                opened,
                Math.max(0, Period.between(opened, today).getYears()),
                rs.getString("branch_id"),
                names.branchName(rs.getString("branch_id")),
                rs.getString("manager_id"),
                names.staffName(rs.getString("manager_id")),
                names.staffName(rs.getString("broker_id")),
                rs.getString("investor_type"),
                level,
                assessed,
                expires,
                state,
                rs.getString("status"),
                rs.getObject("status_date", LocalDate.class));
    }

    public List<AssetPoint> assets(String customerId) {
        return jdbc.sql("""
                        SELECT as_of, cash, market_value, margin_debt FROM daily_asset
                        WHERE customer_id = :id ORDER BY as_of
                        """)
                .param("id", customerId)
                .query((rs, n) -> new AssetPoint(
                        rs.getObject("as_of", LocalDate.class),
                        rs.getBigDecimal("cash"),
                        rs.getBigDecimal("market_value"),
                        rs.getBigDecimal("margin_debt")))
                .list();
    }

    /** A page of daily assets, oldest first, optionally within dates. */
    public PageOf<AssetPoint> assets(String customerId, LocalDate from, LocalDate to, int page, int size) {
        String where = " WHERE customer_id = :id AND as_of >= :from AND as_of <= :to";
        Map<String, Object> params = new HashMap<>();
        params.put("id", customerId);
        params.put("from", from == null ? LocalDate.of(1900, 1, 1) : from);
        params.put("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        long total = jdbc.sql("SELECT COUNT(*) FROM daily_asset" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AssetPoint> items = jdbc.sql("SELECT as_of, cash, market_value, margin_debt FROM daily_asset" + where
                        + " ORDER BY as_of LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new AssetPoint(
                        rs.getObject("as_of", LocalDate.class),
                        rs.getBigDecimal("cash"),
                        rs.getBigDecimal("market_value"),
                        rs.getBigDecimal("margin_debt")))
                .list();
        return new PageOf<>(items, page, size, total);
    }

    /** The positions of the latest day the client has any, largest first, with weight and profit. */
    public List<Holding> holdings(String customerId) {
        List<Holding> raw = jdbc.sql("""
                        SELECT h.as_of, h.exchange, h.security_code, h.quantity, h.cost_amount, h.market_value
                        FROM holding h
                        WHERE h.customer_id = :id
                          AND h.as_of = (SELECT MAX(as_of) FROM holding WHERE customer_id = :id)
                        ORDER BY h.market_value DESC, h.security_code
                        """)
                .param("id", customerId)
                .query((rs, n) -> {
                    String exchange = rs.getString("exchange");
                    String code = rs.getString("security_code");
                    ReferenceNames.Security security = names.security(exchange, code);
                    return new Holding(
                            rs.getObject("as_of", LocalDate.class),
                            exchange,
                            code,
                            security == null ? null : security.name(),
                            security == null ? null : security.board(),
                            security == null ? null : security.riskRating(),
                            security != null && security.st(),
                            rs.getLong("quantity"),
                            rs.getBigDecimal("cost_amount"),
                            rs.getBigDecimal("market_value"),
                            null,
                            null,
                            null);
                })
                .list();
        BigDecimal total = raw.stream().map(Holding::marketValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Holding> out = new ArrayList<>(raw.size());
        for (Holding h : raw) {
            BigDecimal weight =
                    total.signum() == 0 ? BigDecimal.ZERO : h.marketValue().divide(total, 4, RoundingMode.HALF_UP);
            BigDecimal profit = h.marketValue().subtract(h.costAmount());
            BigDecimal rate =
                    h.costAmount().signum() == 0 ? null : profit.divide(h.costAmount(), 4, RoundingMode.HALF_UP);
            out.add(new Holding(
                    h.asOf(),
                    h.exchange(),
                    h.securityCode(),
                    h.securityName(),
                    h.board(),
                    h.riskRating(),
                    h.st(),
                    h.quantity(),
                    h.costAmount(),
                    h.marketValue(),
                    weight,
                    profit,
                    rate));
        }
        return out;
    }

    private String securityName(String exchange, String securityCode) {
        ReferenceNames.Security security = names.security(exchange, securityCode);
        return security == null ? null : security.name();
    }

    public PageOf<Trade> trades(String customerId, TradeFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("t.customer_id = :id"));
        Map<String, Object> params = new HashMap<>();
        params.put("id", customerId);
        if (filter.from() != null) {
            conditions.add("t.trade_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("t.trade_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.side() != null) {
            conditions.add("t.side = :side");
            params.put("side", filter.side());
        }
        if (filter.securityCode() != null) {
            conditions.add("t.security_code = :code");
            params.put("code", filter.securityCode());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        long[] total = {-1};
        List<Trade> items = jdbc.sql("""
                        SELECT t.*, COUNT(*) OVER () AS total_rows
                        FROM trade t
                        """ + where + " ORDER BY t.trade_date DESC, t.trade_time DESC, t.trade_id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return new Trade(
                            rs.getString("trade_id"),
                            rs.getObject("trade_date", LocalDate.class),
                            rs.getObject("trade_time", LocalTime.class),
                            rs.getString("exchange"),
                            rs.getString("security_code"),
                            securityName(rs.getString("exchange"), rs.getString("security_code")),
                            rs.getString("side"),
                            rs.getLong("quantity"),
                            rs.getBigDecimal("price"),
                            rs.getBigDecimal("amount"),
                            rs.getBigDecimal("commission"),
                            rs.getBigDecimal("stamp_duty"),
                            rs.getBigDecimal("transfer_fee"),
                            rs.getString("channel"));
                })
                .list();
        if (total[0] < 0) {
            params.remove("limit");
            params.remove("offset");
            total[0] = jdbc.sql("SELECT COUNT(*) FROM trade t" + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        return new PageOf<>(items, page, size, total[0]);
    }

    public PageOf<FundFlow> fundFlows(String customerId, int page, int size) {
        long[] total = {-1};
        List<FundFlow> items = jdbc.sql("""
                        SELECT flow_id, flow_date, direction, amount, kind, COUNT(*) OVER () AS total_rows FROM fund_flow
                        WHERE customer_id = :id ORDER BY flow_date DESC, flow_id DESC LIMIT :limit OFFSET :offset
                        """)
                .param("id", customerId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return new FundFlow(
                            rs.getString("flow_id"),
                            rs.getObject("flow_date", LocalDate.class),
                            rs.getString("direction"),
                            rs.getBigDecimal("amount"),
                            rs.getString("kind"));
                })
                .list();
        return new PageOf<>(items, page, size, total[0] >= 0 ? total[0] : count("fund_flow", customerId));
    }

    /** Contacts newest first; times are shown in Asia/Shanghai. */
    public PageOf<Contact> contacts(String customerId, int page, int size) {
        long[] total = {-1};
        List<Contact> items = jdbc.sql("""
                        SELECT k.*, COUNT(*) OVER () AS total_rows FROM contact k
                        WHERE k.customer_id = :id ORDER BY k.occurred_at DESC, k.contact_id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("id", customerId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return new Contact(
                            rs.getString("contact_id"),
                            rs.getObject("occurred_at", LocalDateTime.class)
                                    .atOffset(ZoneOffset.UTC)
                                    .atZoneSameInstant(SHANGHAI)
                                    .toLocalDateTime(),
                            rs.getString("channel"),
                            names.staffName(rs.getString("staff_id")),
                            (Integer) rs.getObject("duration_s", Integer.class),
                            rs.getString("topic"),
                            rs.getString("outcome"),
                            rs.getObject("satisfaction") == null ? null : rs.getInt("satisfaction"),
                            rs.getString("note"),
                            rs.getString("needs") == null
                                    ? List.of()
                                    : List.of(rs.getString("needs").split(",")),
                            rs.getString("source"));
                })
                .list();
        return new PageOf<>(items, page, size, total[0] >= 0 ? total[0] : count("contact", customerId));
    }
}
