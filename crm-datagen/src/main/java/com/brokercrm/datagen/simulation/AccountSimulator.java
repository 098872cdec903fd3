package com.brokercrm.datagen.simulation;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.customer.Behaviour;
import com.brokercrm.datagen.customer.ChurnKind;
import com.brokercrm.datagen.customer.ChurnPlan;
import com.brokercrm.datagen.customer.ChurnType;
import com.brokercrm.datagen.customer.CustomerProfile;
import com.brokercrm.datagen.market.FeeSchedule;
import com.brokercrm.datagen.market.Market;
import com.brokercrm.datagen.market.PriceLimits;
import com.brokercrm.datagen.market.Security;
import com.brokercrm.datagen.market.Segment;
import com.brokercrm.datagen.organisation.Organisation;
import com.brokercrm.datagen.output.Block;
import com.brokercrm.datagen.people.Draw;
import java.util.SplittableRandom;

/**
 * Runs one client's account day by day over the window and writes its trades, fund flows, daily
 * assets, position snapshots and contacts. Money is held in cents and prices in pips throughout.
 *
 * <p>Each trading day: interest and dividends are credited, the client may deposit or withdraw
 * (never more than the cash on hand), then sells (only shares held at the previous close: T+1),
 * margin repayment, and buys (within cash plus any margin capacity). Sells come before buys, so a
 * position bought today is never sold today. The end-of-day cash therefore satisfies {@code cash(t)
 * = cash(t-1) + inflows - outflows - buys - fees + sells + (debt(t) - debt(t-1))}, where
 * custody transfers move securities and not cash.
 *
 * <p>Churners drift from the plan's drift start: they trade less, sell more, withdraw the proceeds
 * (or, performance-driven, pick losing stocks), then close, transfer out, drain or go dormant on the
 * event day. Closed and transferred accounts have no rows after it.
 */
public final class AccountSimulator {

    private static final int MAX_BUYS_PER_DAY = 3;
    private static final int OPEN = 9 * 3600 + 30 * 60;
    private static final int MORNING_CLOSE = 11 * 3600 + 30 * 60;
    private static final int AFTERNOON_OPEN = 13 * 3600;
    private static final int CLOSE = 15 * 3600;
    /** Cash interest (demand rate 0.35%/yr) for a quarter, in millionths. */
    private static final long QUARTER_INTEREST_MICROS = 863;

    private static final long MIN_TICKET_CENTS = 100_000;

    private final Market market;
    private final TradingDays days;
    private final boolean[] interestDay;
    private final Ledger ledger;
    private final ContactPlanner contacts;
    private final Holdings holdings = new Holdings();

    private CustomerProfile p;
    private Behaviour b;
    private ChurnPlan churn;
    private SplittableRandom rng;
    private long cash;
    private long debt;
    private long peakEquity;
    private int clock;

    public AccountSimulator(Market market, Organisation organisation) {
        this.market = market;
        this.days = market.days();
        this.ledger = new Ledger(market);
        this.contacts = new ContactPlanner(days, organisation);
        this.interestDay = interestDays(days);
    }

    private static boolean[] interestDays(TradingDays days) {
        boolean[] result = new boolean[days.size()];
        for (int i = 1; i < days.size(); i++) {
            var d = days.date(i);
            var prev = days.date(i - 1);
            boolean quarterMonth = d.getMonthValue() % 3 == 0;
            result[i] = quarterMonth
                    && d.getDayOfMonth() >= 21
                    && (prev.getMonthValue() != d.getMonthValue() || prev.getDayOfMonth() < 21);
        }
        return result;
    }

    /** The last trading-day index on which the client's account exists in the window. */
    public static int lastDay(CustomerProfile profile, int windowDays) {
        ChurnPlan c = profile.churn();
        return c != null && c.type().endsAccount() ? c.eventDay() : windowDays - 1;
    }

    /** Simulates the client and writes its rows into the block. */
    public void simulate(CustomerProfile profile, SplittableRandom random, Block block) {
        p = profile;
        b = profile.behaviour();
        churn = profile.churn();
        rng = random;
        cash = 0;
        debt = 0;
        peakEquity = 0;
        holdings.clear();
        ledger.begin(block, profile.id(), profile.branch().regionIndex());
        int first = profile.firstDay();
        int last = lastDay(profile, days.size());
        contacts.begin(profile, first, last, random.split());
        if (profile.preExisting()) {
            if (profile.dormantSince() != null) {
                cash = profile.startAssetsCents();
            } else {
                openingPortfolio();
            }
        }
        for (int d = first; d <= last; d++) {
            if (d > 0) {
                credits(d);
                if (active(d)) {
                    transfers(d);
                    trade(d);
                }
                if (churn != null && d == churn.eventDay()) {
                    eventDay(d);
                }
            }
            endOfDay(d);
        }
        contacts.routine();
        contacts.churnSignals();
        contacts.write(block);
    }

    private boolean active(int d) {
        if (p.dormantSince() != null) {
            return false;
        }
        if (!p.preExisting() && (p.fundingDay() < 0 || d < p.fundingDay())) {
            return false;
        }
        return churn == null || d < churn.eventDay();
    }

    // ---- opening state -------------------------------------------------------------------

    /** Holdings bought before the window (cost drawn around their value) and the rest in cash. */
    private void openingPortfolio() {
        long equity = p.startAssetsCents();
        long invest = (long) (equity * b.equityShare());
        int positions = effectivePositions(equity);
        long spent = 0;
        for (int k = 0; k < positions; k++) {
            long budget = (invest - spent) / (positions - k);
            int sec = pickSecurity(0);
            Security s = market.security(sec);
            int price = market.close(sec, 0);
            int qty = quantity(s, budget, price);
            long value = FeeSchedule.amount(qty, price);
            if (qty == 0 || spent + value > equity) {
                continue;
            }
            long cost = Math.max(1, Math.round(value * (0.7 + 0.6 * rng.nextDouble())));
            holdings.buy(sec, qty, cost, 0);
            spent += value;
        }
        cash = equity - spent;
    }

    // ---- credits and transfers -----------------------------------------------------------

    private void credits(int d) {
        if (interestDay[d] && cash > 0) {
            long interest = (cash * QUARTER_INTEREST_MICROS + 500_000) / 1_000_000;
            if (interest > 0) {
                cash += interest;
                ledger.flow(d, true, interest, FlowKind.INTEREST);
            }
        }
        int[] paying = market.dividendSecurities(d);
        if (paying.length > 0) {
            int[] pips = market.dividendPips(d);
            for (int k = 0; k < paying.length; k++) {
                int i = holdings.find(paying[k]);
                if (i >= 0) {
                    long amount = ((long) holdings.quantity(i) * pips[k] + 50) / 100;
                    if (amount > 0) {
                        cash += amount;
                        ledger.flow(d, true, amount, FlowKind.DIVIDEND);
                    }
                }
            }
        }
        if (d == p.fundingDay() && p.startAssetsCents() > 0) {
            cash += p.startAssetsCents();
            ledger.flow(d, true, p.startAssetsCents(), FlowKind.BANK_TRANSFER);
        }
    }

    private void transfers(int d) {
        double progress = churn == null ? 0 : churn.progress(d);
        ChurnKind kind = churn != null && churn.drifting(d) ? churn.kind() : null;
        double depositFactor = kind == null ? 1 : kind == ChurnKind.LIFE_EVENT ? 0 : 1 - 0.8 * progress;
        double withdrawFactor = kind == null
                ? 1
                : switch (kind) {
                    case COMMISSION_SENSITIVE -> 1 + 8 * progress;
                    case SERVICE_POOR -> 1 + 2 * progress;
                    case PERFORMANCE_DRIVEN -> 1;
                    case LIFE_EVENT -> 1 + 15 * progress;
                    case COMPETITOR -> 1 + 5 * progress;
                };
        long equity = cash + marketValue(d - 1) - debt;
        if (rng.nextDouble() < b.depositsPerYear() / 244 * depositFactor) {
            double base = Math.max(equity, p.startAssetsCents() / 2.0);
            long amount = roundDown(Math.max(100_000, (long) (base * Draw.lognormal(0.09, 0.6, rng))), 10_000);
            cash += amount;
            ledger.flow(d, true, amount, FlowKind.BANK_TRANSFER);
        }
        if (rng.nextDouble() < b.withdrawalsPerYear() / 244 * withdrawFactor) {
            boolean draining = kind != null && kind != ChurnKind.PERFORMANCE_DRIVEN;
            long wanted = draining
                    ? (long) (cash * (0.5 + 0.5 * rng.nextDouble()))
                    : (long) (equity * Draw.lognormal(0.12, 0.6, rng));
            withdraw(d, roundDown(Math.min(cash, wanted), 10_000));
        }
    }

    private void withdraw(int d, long amount) {
        if (amount <= 0 || amount > cash) {
            return;
        }
        cash -= amount;
        ledger.flow(d, false, amount, FlowKind.BANK_TRANSFER);
        long equity = cash + marketValue(d - 1) - debt;
        if (amount >= 5_000_000 && amount * 3 >= equity) {
            contacts.largeWithdrawal(d);
        }
    }

    // ---- trading ---------------------------------------------------------------------------

    private void trade(int d) {
        clock = OPEN + rng.nextInt(3 * 3600);
        sells(d);
        forcedLiquidation(d);
        if (debt > 0 && cash > 0) {
            long repay = Math.min(debt, cash);
            debt -= repay;
            cash -= repay;
        }
        if (!liquidating(d)) {
            buys(d);
        }
    }

    /** True in the last days before an event that empties the account of securities. */
    private boolean liquidating(int d) {
        if (churn == null || churn.type() == ChurnType.TRANSFERRED_OUT) {
            return false;
        }
        int window = Math.max(1, Math.min(5, (churn.eventDay() - churn.driftStart()) / 3));
        return d >= churn.eventDay() - window && d < churn.eventDay();
    }

    private void sells(int d) {
        ChurnKind kind = churn != null && churn.drifting(d) ? churn.kind() : null;
        double progress = kind == null ? 0 : churn.progress(d);
        boolean liquidating = liquidating(d);
        double base = 1 / b.holdingDays();
        for (int i = holdings.size() - 1; i >= 0; i--) {
            int sec = holdings.security(i);
            int qty = holdings.quantity(i);
            double probability;
            if (liquidating) {
                probability = 1.0 / (churn.eventDay() - d);
            } else {
                long value = FeeSchedule.amount(qty, market.close(sec, d));
                boolean winner = value > holdings.cost(i);
                probability = base * (winner ? 1 + b.disposition() : 1 - b.disposition() / 2);
                if (kind != null) {
                    probability *= switch (kind) {
                        case COMMISSION_SENSITIVE -> 1 + 1.5 * progress;
                        case SERVICE_POOR -> 1;
                        case PERFORMANCE_DRIVEN -> winner ? 1 : 0.4;
                        case LIFE_EVENT -> 1 + 5 * progress;
                        case COMPETITOR -> 1 + progress;
                    };
                    if (kind == ChurnKind.LIFE_EVENT) {
                        probability += 0.02;
                    }
                }
            }
            if (rng.nextDouble() < probability) {
                sell(d, i, liquidating ? qty : sellQuantity(market.security(sec), qty));
            }
        }
    }

    /** The whole position, or about half of it in whole lots when that leaves a tradable rest. */
    private int sellQuantity(Security s, int held) {
        if (rng.nextDouble() < 0.75) {
            return held;
        }
        int step = s.exchangeTraded() ? 100 : 1;
        int half = held / 2 / step * step;
        int minimum = s.minBuy();
        if (half < minimum || held - half < minimum) {
            return held;
        }
        return half;
    }

    /** Sells the largest positions while the margin maintenance ratio is below 130%. */
    private void forcedLiquidation(int d) {
        while (debt > 0 && holdings.size() > 0 && (cash + marketValue(d)) * 10 < debt * 13) {
            int largest = 0;
            long largestValue = -1;
            for (int i = 0; i < holdings.size(); i++) {
                long v = FeeSchedule.amount(holdings.quantity(i), market.close(holdings.security(i), d));
                if (v > largestValue) {
                    largest = i;
                    largestValue = v;
                }
            }
            if (holdings.lastBuy(largest) == d || !sell(d, largest, holdings.quantity(largest))) {
                return;
            }
            long repay = Math.min(debt, cash);
            debt -= repay;
            cash -= repay;
        }
    }

    /** Sells shares of position {@code i}; false when the proceeds would not cover the fees. */
    private boolean sell(int d, int i, int qty) {
        int sec = holdings.security(i);
        Security s = market.security(sec);
        int price = tradePrice(s, d);
        long amount = FeeSchedule.amount(qty, price);
        long epochDay = market.epochDay(d);
        long commission = FeeSchedule.commission(s, amount, p.commissionRateMicros());
        long stamp = FeeSchedule.stampDuty(s, true, amount, epochDay);
        long transfer = FeeSchedule.transferFee(s, amount, epochDay);
        long net = amount - commission - stamp - transfer;
        if (amount <= 0 || cash + net < 0) {
            return false;
        }
        cash += net;
        holdings.sell(i, qty);
        ledger.trade(d, nextTime(), s, true, qty, price, amount, commission, stamp, transfer, channel());
        return true;
    }

    private void buys(int d) {
        ChurnKind kind = churn != null && churn.drifting(d) ? churn.kind() : null;
        double progress = kind == null ? 0 : churn.progress(d);
        double factor = kind == null
                ? 1
                : switch (kind) {
                    case COMMISSION_SENSITIVE, COMPETITOR -> (1 - progress) * (1 - progress);
                    case SERVICE_POOR -> 1 - 0.5 * progress;
                    case PERFORMANCE_DRIVEN -> 1.2;
                    case LIFE_EVENT -> Math.max(0, 1 - 2 * progress);
                };
        double probability = b.buyPropensity() * factor;
        for (int k = 0; k < MAX_BUYS_PER_DAY; k++) {
            long mv = marketValue(d);
            long equity = cash + mv - debt;
            if (equity <= 0 || rng.nextDouble() >= probability) {
                return;
            }
            double leverage = b.margin() ? b.maxLeverage() * 0.7 : 0;
            long target = (long) (equity * (b.equityShare() + leverage));
            int positions = effectivePositions(equity);
            if (mv > target - MIN_TICKET_CENTS / 10 || holdings.size() >= positions) {
                return;
            }
            long capacity = b.margin() ? Math.max(0, (long) (b.maxLeverage() * equity) - debt) : 0;
            long budget = Math.min(
                    (long) (target / positions * Draw.lognormal(1, 0.35, rng)), Math.min(target - mv, cash + capacity));
            if (!buy(d, budget, cash + capacity, kind == ChurnKind.PERFORMANCE_DRIVEN)) {
                return;
            }
            probability *= 0.5;
        }
    }

    /** Buys about {@code budget} of one security; false when nothing affordable was found. */
    private boolean buy(int d, long budget, long spendable, boolean pickLosers) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int sec = pickLosers ? loser(d) : pickSecurity(d);
            Security s = market.security(sec);
            int price = tradePrice(s, d);
            if (!s.exchangeTraded() && budget < MIN_TICKET_CENTS
                    || budget * 2 < FeeSchedule.amount(s.minBuy(), price)) {
                continue;
            }
            int qty = Math.max(quantity(s, budget, price), s.minBuy());
            long epochDay = market.epochDay(d);
            int step = s.exchangeTraded() && s.minBuy() < 200 ? 100 : 1;
            while (qty >= s.minBuy()) {
                long amount = FeeSchedule.amount(qty, price);
                long fees = FeeSchedule.commission(s, amount, p.commissionRateMicros())
                        + FeeSchedule.transferFee(s, amount, epochDay);
                if (amount + fees <= spendable) {
                    execute(d, s, qty, price, amount, epochDay);
                    return true;
                }
                int fit = quantity(s, (long) ((spendable - fees) * 0.98), price);
                qty = Math.min(qty - step, fit);
            }
        }
        return false;
    }

    private void execute(int d, Security s, int qty, int price, long amount, long epochDay) {
        long commission = FeeSchedule.commission(s, amount, p.commissionRateMicros());
        long transfer = FeeSchedule.transferFee(s, amount, epochDay);
        long total = amount + commission + transfer;
        long borrow = Math.max(0, total - cash);
        debt += borrow;
        cash += borrow - total;
        holdings.buy(s.index(), qty, total, d);
        ledger.trade(d, nextTime(), s, false, qty, price, amount, commission, 0, transfer, channel());
    }

    /** The quantity that spends about {@code budget} at the price: whole lots, any size from 200 on STAR. */
    private static int quantity(Security s, long budgetCents, int pricePips) {
        if (budgetCents <= 0) {
            return 0;
        }
        long units = budgetCents * 100 / pricePips;
        if (s.minBuy() >= 200) {
            return units >= s.minBuy() ? (int) Math.min(units, 10_000_000) : 0;
        }
        return (int) Math.min(units / s.lot() * s.lot(), 100_000_000);
    }

    private int effectivePositions(long equityCents) {
        return (int) Math.max(1, Math.min(b.targetPositions(), equityCents / 800_000));
    }

    private int pickSecurity(int d) {
        for (int attempt = 0; ; attempt++) {
            Segment segment = Segment.values()[Draw.index(b.segmentWeights(), rng)];
            int[] members = market.segment(segment);
            if (members.length > 0) {
                return members[(int) (members.length * Math.pow(rng.nextDouble(), 1.8))];
            }
            if (attempt > 10) {
                return market.segment(Segment.MAIN)[0];
            }
        }
    }

    /** The worst performer over the next 20 days among a few candidates (planted bad picks). */
    private int loser(int d) {
        int ahead = Math.min(days.size() - 1, d + 20);
        int worst = -1;
        double worstReturn = Double.MAX_VALUE;
        for (int k = 0; k < 6; k++) {
            int sec = pickSecurity(d);
            if (!market.security(sec).exchangeTraded()) {
                continue;
            }
            double r = (double) market.close(sec, ahead) / market.close(sec, d);
            if (r < worstReturn) {
                worstReturn = r;
                worst = sec;
            }
        }
        return worst >= 0 ? worst : pickSecurity(d);
    }

    /** The day's close with a little intraday noise, on the tick and inside the limit band. */
    private int tradePrice(Security s, int d) {
        int close = market.close(s.index(), d);
        if (!s.exchangeTraded()) {
            return close;
        }
        int prev = market.close(s.index(), d - 1);
        int tick = s.tickPips();
        int limit = PriceLimits.limitPercent(s, market.epochDay(d));
        long price = Math.round(close * (1 + 0.35 * s.dailyVolatility() * rng.nextGaussian()) / tick) * tick;
        return (int)
                Math.max(PriceLimits.lower(prev, limit, tick), Math.min(PriceLimits.upper(prev, limit, tick), price));
    }

    private int nextTime() {
        clock += 1 + (int) (-Math.log(1 - rng.nextDouble()) * 900);
        if (clock >= MORNING_CLOSE && clock < AFTERNOON_OPEN) {
            clock += AFTERNOON_OPEN - MORNING_CLOSE;
        }
        if (clock >= CLOSE) {
            clock = CLOSE - 1 - rng.nextInt(120);
        }
        return clock;
    }

    private int channel() {
        return Draw.index(p.channelWeights(), rng);
    }

    // ---- churn events ----------------------------------------------------------------------

    private void eventDay(int d) {
        ChurnType type = churn.type();
        clock = OPEN + rng.nextInt(2 * 3600);
        if (type == ChurnType.TRANSFERRED_OUT) {
            while (debt > cash && holdings.size() > 0 && sell(d, 0, holdings.quantity(0))) {
                // sell until the debt can be repaid from cash
            }
            repayAll(d);
            long moved = marketValue(d);
            if (moved > 0) {
                ledger.flow(d, false, moved, FlowKind.CUSTODY_TRANSFER);
            }
            holdings.clear();
            withdraw(d, cash);
            return;
        }
        for (int i = holdings.size() - 1; i >= 0; i--) {
            sell(d, i, holdings.quantity(i));
        }
        repayAll(d);
        long residual = switch (type) {
            case ASSET_OUTFLOW -> Math.min(cash, (long) (peakEquity * (0.02 + 0.08 * rng.nextDouble())));
            case DORMANT -> Math.min(cash, 2_000 + rng.nextInt(88_000));
            default -> 0;
        };
        withdraw(d, cash - residual);
    }

    /** Repays all margin debt, depositing the shortfall if the account cannot cover it. */
    private void repayAll(int d) {
        if (debt == 0) {
            return;
        }
        if (debt > cash) {
            long shortfall = debt - cash;
            cash += shortfall;
            ledger.flow(d, true, shortfall, FlowKind.BANK_TRANSFER);
        }
        cash -= debt;
        debt = 0;
    }

    // ---- end of day ------------------------------------------------------------------------

    private void endOfDay(int d) {
        long mv = marketValue(d);
        ledger.dailyAsset(d, cash, mv, debt);
        peakEquity = Math.max(peakEquity, cash + mv - debt);
        if (days.isSnapshot(d)) {
            for (int i = 0; i < holdings.size(); i++) {
                int sec = holdings.security(i);
                int qty = holdings.quantity(i);
                ledger.position(
                        d, market.security(sec), qty, holdings.cost(i), FeeSchedule.amount(qty, market.close(sec, d)));
            }
        }
    }

    private long marketValue(int d) {
        long mv = 0;
        for (int i = 0; i < holdings.size(); i++) {
            mv += FeeSchedule.amount(holdings.quantity(i), market.close(holdings.security(i), d));
        }
        return mv;
    }

    private static long roundDown(long cents, long step) {
        return cents / step * step;
    }
}
