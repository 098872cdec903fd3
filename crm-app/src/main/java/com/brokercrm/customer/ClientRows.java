package com.brokercrm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The rows of the 360 view's sections. Money is exact. */
public final class ClientRows {

    private ClientRows() {}

    /** One day of the account: total assets are cash plus market value; net assets subtract margin debt. */
    public record AssetPoint(LocalDate asOf, BigDecimal cash, BigDecimal marketValue, BigDecimal marginDebt) {
        public BigDecimal total() {
            return cash.add(marketValue);
        }

        public BigDecimal net() {
            return total().subtract(marginDebt);
        }
    }

    public record Holding(
            LocalDate asOf,
            String exchange,
            String securityCode,
            String securityName,
            String board,
            String riskRating,
            boolean st,
            long quantity,
            BigDecimal costAmount,
            BigDecimal marketValue,
            BigDecimal weight,
            BigDecimal profit,
            BigDecimal profitRate) {}

    public record Trade(
            String tradeId,
            LocalDate tradeDate,
            LocalTime tradeTime,
            String exchange,
            String securityCode,
            String securityName,
            String side,
            long quantity,
            BigDecimal price,
            BigDecimal amount,
            BigDecimal commission,
            BigDecimal stampDuty,
            BigDecimal transferFee,
            String channel) {}

    public record FundFlow(String flowId, LocalDate flowDate, String direction, BigDecimal amount, String kind) {}

    public record Contact(
            String contactId,
            LocalDateTime occurredAt,
            String channel,
            String staffName,
            Integer durationSeconds,
            String topic,
            String outcome,
            Integer satisfaction,
            String note,
            java.util.List<String> needs,
            String source) {}

    /** Narrows the trade list: any field may be empty. */
    public record TradeFilter(LocalDate from, LocalDate to, String side, String securityCode) {
        public static TradeFilter none() {
            return new TradeFilter(null, null, null, null);
        }

        public TradeFilter {
            side = side == null || side.isBlank() ? null : side.strip().toUpperCase(java.util.Locale.ROOT);
            securityCode = securityCode == null || securityCode.isBlank() ? null : securityCode.strip();
        }
    }
}
