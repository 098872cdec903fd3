package com.brokercrm.datagen.simulation;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.market.Market;
import com.brokercrm.datagen.market.Security;
import com.brokercrm.datagen.output.Block;
import com.brokercrm.datagen.output.CsvBuffer;
import com.brokercrm.datagen.output.OutputFile;
import java.nio.charset.StandardCharsets;

/** Formats one client's trades, fund flows, daily assets and positions into a {@link Block}. */
final class Ledger {

    /** Order channels of {@code trades.csv}, in the order of a profile's channel weights. */
    static final String[] CHANNELS = {"APP", "WEB", "PHONE", "COUNTER"};

    private static final byte[][] CHANNEL_BYTES = ascii(CHANNELS);
    private static final byte[] BUY = ",B,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SELL = ",S,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IN = ",IN,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OUT = ",OUT,".getBytes(StandardCharsets.US_ASCII);

    private final TradingDays days;
    private final byte[][] securityKeys;
    private Block block;
    private byte[] customer;
    private int region;

    Ledger(Market market) {
        this.days = market.days();
        securityKeys = new byte[market.securities().size()][];
        for (Security s : market.securities()) {
            securityKeys[s.index()] = s.exchangeAndCode();
        }
    }

    void begin(Block block, String customerId, int region) {
        this.block = block;
        this.customer = customerId.getBytes(StandardCharsets.US_ASCII);
        this.region = region;
    }

    void trade(
            int day,
            int secondOfDay,
            Security s,
            boolean sell,
            int quantity,
            int pricePips,
            long amount,
            long commission,
            long stampDuty,
            long transferFee,
            int channel) {
        CsvBuffer b = block.rowWithId(OutputFile.TRADES);
        b.comma()
                .bytes(customer)
                .comma()
                .bytes(days.iso(day))
                .comma()
                .timeOfDay(secondOfDay)
                .comma();
        b.bytes(securityKeys[s.index()])
                .bytes(sell ? SELL : BUY)
                .integer(quantity)
                .comma();
        b.decimal(s.exchangeTraded() ? pricePips / 100 : pricePips, s.priceDecimals())
                .comma();
        b.money(amount)
                .comma()
                .money(commission)
                .comma()
                .money(stampDuty)
                .comma()
                .money(transferFee)
                .comma();
        b.bytes(CHANNEL_BYTES[channel]).newline();
        block.addVolume(region, days.monthIndex(day), amount);
    }

    void flow(int day, boolean in, long amount, FlowKind kind) {
        CsvBuffer b = block.rowWithId(OutputFile.FUND_FLOWS);
        b.comma()
                .bytes(customer)
                .comma()
                .bytes(days.iso(day))
                .bytes(in ? IN : OUT)
                .money(amount)
                .comma();
        b.bytes(kind.bytes()).newline();
    }

    void dailyAsset(int day, long cash, long marketValue, long marginDebt) {
        CsvBuffer b = block.row(OutputFile.DAILY_ASSETS);
        b.bytes(customer)
                .comma()
                .bytes(days.iso(day))
                .comma()
                .money(cash)
                .comma()
                .money(marketValue)
                .comma();
        b.money(marginDebt).newline();
    }

    void position(int day, Security s, int quantity, long cost, long marketValue) {
        CsvBuffer b = block.row(OutputFile.POSITIONS);
        b.bytes(customer)
                .comma()
                .bytes(days.iso(day))
                .comma()
                .bytes(securityKeys[s.index()])
                .comma();
        b.integer(quantity).comma().money(cost).comma().money(marketValue).newline();
    }

    private static byte[][] ascii(String[] values) {
        byte[][] result = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i].getBytes(StandardCharsets.US_ASCII);
        }
        return result;
    }
}
