package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.indicator.Indicator.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every indicator BrokerCRM computes per client and as-of date, in column order of
 * {@code customer_indicator}. Windowed indicators exist once per window ({@code avg_assets_20},
 * {@code avg_assets_60}, {@code avg_assets_250}); point-in-time ones once. docs/indicators.md explains
 * them at length.
 */
public final class IndicatorCatalogue {

    /** The look-back windows, in trading days ending at the as-of date (inclusive). */
    public static final List<Integer> WINDOWS = List.of(20, 60, 250);

    private static final String CNY = "CNY";
    private static final String RATIO = "ratio";
    private static final String SHARE = "share 0-1";
    private static final String COUNT = "count";

    private static final IndicatorCatalogue INSTANCE = new IndicatorCatalogue();

    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<String, Indicator> byColumn = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    private IndicatorCatalogue() {
        // assets (daily_asset)
        point(
                "ending_assets",
                Kind.MONEY,
                CNY,
                "Cash plus market value on the as-of date (0 when the account has no"
                        + " asset row that day, e.g. closed).");
        point("ending_net_assets", Kind.MONEY, CNY, "Ending assets less margin debt on the as-of date.");
        point("ending_margin_debt", Kind.MONEY, CNY, "Margin debt on the as-of date.");
        windowed(
                "asset_days",
                Kind.COUNT,
                "trading days",
                "Trading days in the window on which the account has an"
                        + " asset row (the denominator of the averages).");
        windowed(
                "avg_assets",
                Kind.AMOUNT,
                CNY,
                "Average daily assets: mean of cash plus market value over the"
                        + " account's asset days in the window.");
        windowed("avg_net_assets", Kind.AMOUNT, CNY, "Mean of cash plus market value less margin debt.");
        windowed(
                "cash_share",
                Kind.RATIO,
                SHARE,
                "Cash as a share of assets: sum of daily cash over sum of daily" + " assets in the window.");
        windowed("avg_margin_debt", Kind.AMOUNT, CNY, "Mean daily margin debt.");
        windowed(
                "leverage",
                Kind.RATIO,
                RATIO,
                "Average margin debt over average net assets (empty when net assets" + " are not positive).");
        // returns (daily_asset with fund_flow)
        windowed(
                "return_days",
                Kind.COUNT,
                "trading days",
                "Days in the window with a daily return (an asset row on"
                        + " the day and on the account's previous asset day, and a positive base).");
        windowed(
                "account_return",
                Kind.RATIO,
                RATIO,
                "Flow-adjusted return of the account, the daily returns" + " chained: product of (1 + r) less 1.");
        windowed(
                "volatility",
                Kind.RATIO,
                "daily standard deviation",
                "Sample standard deviation of the daily"
                        + " flow-adjusted returns (not annualised; times sqrt(250) for a yearly figure).");
        windowed(
                "max_drawdown",
                Kind.RATIO,
                SHARE,
                "Largest fall of the chained return index from its running peak"
                        + " within the window (the level at the day before the window counts as a peak).");
        windowed(
                "pnl",
                Kind.MONEY,
                CNY,
                "Profit and loss of the account: ending net assets less net assets on the"
                        + " day before the window, less net inflow.");
        // fund flows
        windowed(
                "deposits",
                Kind.MONEY,
                CNY,
                "Money and securities brought in: incoming flows other than dividends" + " and interest.");
        windowed(
                "withdrawals",
                Kind.MONEY,
                CNY,
                "Outgoing flows: bank transfers out and securities transferred out"
                        + " to another broker (custody transfers), at their value.");
        windowed("net_inflow", Kind.MONEY, CNY, "Deposits less withdrawals.");
        // trades
        windowed("trade_count", Kind.COUNT, COUNT, "Trades (executions) in the window.");
        windowed("trading_days", Kind.COUNT, "trading days", "Days with at least one trade.");
        windowed("trading_value", Kind.MONEY, CNY, "Sum of trade amounts, buys and sells.");
        windowed("buy_value", Kind.MONEY, CNY, "Sum of buy amounts.");
        windowed("sell_value", Kind.MONEY, CNY, "Sum of sell amounts.");
        windowed(
                "turnover",
                Kind.RATIO,
                "times",
                "Trading value over average daily assets (Apex classes use the"
                        + " 6-month figure: above 40 high-frequency, 12-40 short-term, 3-12 medium, below 3 long-term).");
        windowed("commission", Kind.MONEY, CNY, "Commission charged.");
        windowed(
                "net_commission",
                Kind.MONEY,
                CNY,
                "Commission less the exchange handling fee and the securities"
                        + " management fee on exchange trades (rates in FeeRates; rounded to the cent once per window).");
        windowed("star_trade_share", Kind.RATIO, SHARE, "STAR Market share of trading value.");
        windowed("chinext_trade_share", Kind.RATIO, SHARE, "ChiNext share of trading value.");
        windowed("bse_trade_share", Kind.RATIO, SHARE, "Beijing Stock Exchange share of trading value.");
        windowed("st_trade_share", Kind.RATIO, SHARE, "Share of trading value in ST securities.");
        windowed("app_share", Kind.RATIO, SHARE, "Share of trades placed through the mobile app.");
        windowed("web_share", Kind.RATIO, SHARE, "Share of trades placed on the web.");
        windowed("phone_share", Kind.RATIO, SHARE, "Share of trades placed by phone.");
        windowed("counter_share", Kind.RATIO, SHARE, "Share of trades placed at the counter.");
        windowed("open_share", Kind.RATIO, SHARE, "Share of trades before 10:00 (the opening half hour).");
        windowed("morning_share", Kind.RATIO, SHARE, "Share of trades from 10:00 until the lunch break.");
        windowed("afternoon_share", Kind.RATIO, SHARE, "Share of trades from 13:00 until 14:30.");
        windowed("close_share", Kind.RATIO, SHARE, "Share of trades from 14:30 (the last half hour).");
        windowed(
                "momentum_buy_share",
                Kind.RATIO,
                SHARE,
                "Of the value bought in stocks and ETFs whose price moved"
                        + " over the 20 trading days before the buy, the share bought after a rise (momentum) rather than"
                        + " a fall (contrarian).");
        windowed(
                "avg_holding_days",
                Kind.RATIO,
                "trading days",
                "Average holding period: average daily market value"
                        + " over average daily sell value (days to sell the portfolio once at the window's pace).");
        windowed(
                "realised_pnl",
                Kind.AMOUNT,
                CNY,
                "Realised profit of sells: proceeds net of fees less quantity"
                        + " times the average purchase price (with buy fees) since the position was last flat.");
        windowed("realised_return", Kind.RATIO, RATIO, "Realised P&L over the purchase cost of what was sold.");
        windowed(
                "pgr",
                Kind.RATIO,
                SHARE,
                "Proportion of gains realised (Odean): on days with a sell, realised"
                        + " gains over realised plus paper gains.");
        windowed(
                "plr",
                Kind.RATIO,
                SHARE,
                "Proportion of losses realised: realised losses over realised plus"
                        + " paper losses on the same days.");
        windowed(
                "disposition_effect",
                Kind.RATIO,
                RATIO,
                "PGR less PLR; above 0 the client sells winners sooner" + " than losers.");
        point("last_trade_date", Kind.DATE, "date", "Date of the latest trade on or before the as-of date.");
        point(
                "days_since_last_trade",
                Kind.COUNT,
                "calendar days",
                "Calendar days from the latest trade to the" + " as-of date (empty when the client never traded).");
        // holdings (latest month-end snapshot)
        point(
                "holding_date",
                Kind.DATE,
                "date",
                "Date of the position snapshot the holding indicators use: the"
                        + " latest snapshot date in the data on or before the as-of date.");
        point("holding_count", Kind.COUNT, COUNT, "Positions with a positive market value in the snapshot.");
        point("holding_value", Kind.MONEY, CNY, "Market value of all positions in the snapshot.");
        point(
                "hhi",
                Kind.RATIO,
                "0-1",
                "Herfindahl-Hirschman index of position weights: sum of squared market-value"
                        + " shares (1 = a single position).");
        point(
                "equity_share",
                Kind.RATIO,
                SHARE,
                "Market value of stocks and ETFs over total assets (cash plus"
                        + " market value) on the snapshot date.");
        point("star_hold_share", Kind.RATIO, SHARE, "STAR Market share of the snapshot's market value.");
        point("chinext_hold_share", Kind.RATIO, SHARE, "ChiNext share of the snapshot's market value.");
        point("bse_hold_share", Kind.RATIO, SHARE, "Beijing Stock Exchange share of the snapshot's market value.");
        point("st_hold_share", Kind.RATIO, SHARE, "ST securities' share of the snapshot's market value.");
        // contacts
        windowed("contacts", Kind.COUNT, COUNT, "Contacts with the client (all channels), by Asia/Shanghai date.");
        windowed("call_in_contacts", Kind.COUNT, COUNT, "Calls from the client.");
        windowed("call_out_contacts", Kind.COUNT, COUNT, "Calls to the client.");
        windowed("email_contacts", Kind.COUNT, COUNT, "E-mails.");
        windowed("sms_contacts", Kind.COUNT, COUNT, "Text messages.");
        windowed("web_contacts", Kind.COUNT, COUNT, "Web (online service) contacts.");
        windowed("visit_contacts", Kind.COUNT, COUNT, "Visits.");
        windowed("wechat_contacts", Kind.COUNT, COUNT, "WeChat contacts.");
        // the client
        point("age", Kind.COUNT, "years", "Age in whole years on the as-of date (empty without a birth date).");
        point("tenure_days", Kind.COUNT, "calendar days", "Calendar days from account opening to the as-of date.");
        // holding mix (added after the first release: new columns go last, as the table adds them)
        point("etf_hold_share", Kind.RATIO, SHARE, "ETFs' share of the snapshot's market value.");
        point(
                "product_hold_share",
                Kind.RATIO,
                SHARE,
                "Over-the-counter products' (funds, bonds, wealth-management products) share of the"
                        + " snapshot's market value.");
        // trading mix by product (added with the risk model's refit)
        windowed("etf_trade_share", Kind.RATIO, SHARE, "ETFs' share of trading value.");
        windowed(
                "product_trade_share",
                Kind.RATIO,
                SHARE,
                "Over-the-counter products' (funds, bonds, wealth-management products) share of trading value.");
        // board picks and transfer counts (added with the risk class's board evidence), longest window only
        String picks = " picks: securities the client chose there over the window, each buy and each position"
                + " held at the window's start (the position snapshot before it) counted once.";
        longest("main_picks", Kind.COUNT, COUNT, "Main-board shares (not ST)" + picks);
        longest("star_picks", Kind.COUNT, COUNT, "STAR Market shares (not ST)" + picks);
        longest("chinext_picks", Kind.COUNT, COUNT, "ChiNext shares (not ST)" + picks);
        longest("bse_picks", Kind.COUNT, COUNT, "Beijing Stock Exchange shares (not ST)" + picks);
        longest("st_picks", Kind.COUNT, COUNT, "ST securities" + picks);
        longest("etf_picks", Kind.COUNT, COUNT, "ETFs" + picks);
        longest("product_picks", Kind.COUNT, COUNT, "Over-the-counter products (funds, bonds, WMPs)" + picks);
        longest("deposit_count", Kind.COUNT, COUNT, "Deposits (as in deposits) made over the window.");
        longest("withdrawal_count", Kind.COUNT, COUNT, "Withdrawals (as in withdrawals) made over the window.");
    }

    public static IndicatorCatalogue get() {
        return INSTANCE;
    }

    /** All columns, in table order. */
    public List<Indicator> indicators() {
        return Collections.unmodifiableList(indicators);
    }

    /** Indicator names without windows, in catalogue order. */
    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    public List<String> columns() {
        return indicators.stream().map(Indicator::column).toList();
    }

    public Indicator column(String column) {
        Indicator indicator = byColumn.get(column);
        if (indicator == null) {
            throw new NoSuchElementException("no indicator column " + column);
        }
        return indicator;
    }

    /** The column of an indicator over a window, or of a point-in-time indicator when window is 0. */
    public static String column(String name, int window) {
        return window == 0 ? name : name + "_" + window;
    }

    private void point(String name, Kind kind, String unit, String description) {
        names.add(name);
        add(new Indicator(name, canonical(name), 0, kind, unit, description));
    }

    private void windowed(String name, Kind kind, String unit, String description) {
        names.add(name);
        for (int window : WINDOWS) {
            add(new Indicator(name, canonical(column(name, window)), window, kind, unit, description));
        }
    }

    /** An indicator over the longest window only (a count the models read for the year, not for a month). */
    private void longest(String name, Kind kind, String unit, String description) {
        names.add(name);
        int window = WINDOWS.getLast();
        add(new Indicator(name, canonical(column(name, window)), window, kind, unit, description));
    }

    /**
     * A column name as the catalogue holds it: interned, as the models' literal column names are, so that a
     * lookup matches on identity without comparing the characters.
     */
    private static String canonical(String column) {
        return column.intern();
    }

    private void add(Indicator indicator) {
        String column = indicator.column();
        if (byColumn.putIfAbsent(column, indicator) != null) {
            throw new IllegalStateException("duplicate indicator column " + indicator.column());
        }
        positions.put(column, indicators.size());
        indicators.add(indicator);
    }

    /** Position of a column in {@link #indicators()}. */
    int index(String column) {
        Integer index = positions.get(column);
        if (index == null) {
            throw new NoSuchElementException("no indicator column " + column);
        }
        return index;
    }
}
