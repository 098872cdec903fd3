package com.brokercrm.datagen.market;

import java.nio.charset.StandardCharsets;

/**
 * One tradable product. Prices are held in ten-thousandths of a CNY ("pips"); exchange products
 * trade on a 0.01 tick (100 pips), over-the-counter products at a 4-decimal net asset value.
 *
 * @param index position in the universe and in the price table
 * @param dailyVolatility standard deviation of the daily log return
 * @param beta exposure to the common market factor
 * @param lot buy quantity step (100 for exchange products, 1 unit over the counter)
 * @param minBuy smallest buy quantity (200 on STAR, otherwise one lot)
 */
public record Security(
        int index,
        String code,
        Exchange exchange,
        String name,
        SecurityType type,
        Board board,
        String riskRating,
        boolean st,
        String industry,
        Segment segment,
        int tickPips,
        double dailyVolatility,
        double beta,
        int lot,
        int minBuy) {

    /** Exchange and code pre-encoded as {@code SH,600000} for the CSV files. */
    public byte[] exchangeAndCode() {
        return (exchange + "," + code).getBytes(StandardCharsets.US_ASCII);
    }

    /** True when exchange fees (commission, stamp duty, transfer fee) apply. */
    public boolean exchangeTraded() {
        return exchange != Exchange.OTC;
    }

    /** Decimals written for this security's prices: 2 on an exchange, 4 for a net asset value. */
    public int priceDecimals() {
        return exchangeTraded() ? 2 : 4;
    }
}
