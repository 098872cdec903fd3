package com.brokercrm.datagen.simulation;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.customer.Behaviour;
import com.brokercrm.datagen.customer.ChurnKind;
import com.brokercrm.datagen.customer.ChurnPlan;
import com.brokercrm.datagen.customer.CustomerProfile;
import com.brokercrm.datagen.market.FeeSchedule;
import com.brokercrm.datagen.market.Market;
import com.brokercrm.datagen.market.PriceLimits;
import com.brokercrm.datagen.market.Security;
import com.brokercrm.datagen.market.Segment;
import com.brokercrm.datagen.people.Draw;
import java.util.SplittableRandom;

/**
 * A client's trading on one day: sells (whole or about half a position, at a chance set by the
 * holding period and the disposition effect), forced margin liquidation, and buys of securities
 * drawn from the client's board mix, sized to the target concentration and paid from cash plus any
 * margin capacity. Prices are the close with a little noise inside the limit band; quantities are
 * whole lots (any size from 200 on STAR); fees follow {@link FeeSchedule}.
 */
final class OrderDesk {

    private static final int MAX_BUYS_PER_DAY = 3;
    private static final int MORNING_CLOSE = 11 * 3600 + 30 * 60;
    private static final int AFTERNOON_OPEN = 13 * 3600;
    private static final int CLOSE = 15 * 3600;
    /** Smallest subscription of an over-the-counter product: 1,000 CNY. */
    private static final long MIN_OTC_CENTS = 100_000;

    private final Market market;
    private final TradingDays days;
    private final Ledger ledger;
    private final Account account;

    private CustomerProfile p;
    private Behaviour b;
    private ChurnPlan churn;
    private SplittableRandom rng;
    private int clock;

    OrderDesk(Market market, Ledger ledger, Account account) {
        this.market = market;
        this.days = market.days();
        this.ledger = ledger;
        this.account = account;
    }

    void begin(CustomerProfile profile, SplittableRandom random) {
        p = profile;
        b = profile.behaviour();
        churn = profile.churn();
        rng = random;
    }

    /** Starts the day's clock at a random time from {@code earliest} on, within {@code spreadSeconds}. */
    void startClock(int earliest, int spreadSeconds) {
        clock = earliest + rng.nextInt(spreadSeconds);
    }

    /** Holdings bought before the window (cost drawn around their value); the rest stays cash. */
    void openingPortfolio() {
        long equity = p.startAssetsCents();
        long invest = (long) (equity * b.equityShare());
        int positions = effectivePositions(equity);
        long spent = 0;
        for (int k = 0; k < positions; k++) {
            long budget = (invest - spent) / (positions - k);
            int sec = pickSecurity();
            Security s = market.security(sec);
            int price = market.close(sec, 0);
            int qty = quantity(s, budget, price);
            long value = FeeSchedule.amount(qty, price);
            if (qty == 0 || spent + value > equity) {
                continue;
            }
            long cost = Math.max(1, Math.round(value * (0.7 + 0.6 * rng.nextDouble())));
            account.holdings.buy(sec, qty, cost, 0);
            spent += value;
        }
        account.cash = equity - spent;
    }

    // ---- sells ---------------------------------------------------------------------------

    void sells(int d) {
        ChurnKind kind = churn != null && churn.drifting(d) ? churn.kind() : null;
        double progress = kind == null ? 0 : churn.progress(d);
        boolean liquidating = churn != null && churn.liquidating(d);
        double base = 1 / b.holdingDays();
        Holdings holdings = account.holdings;
        for (int i = holdings.size() - 1; i >= 0; i--) {
            int sec = holdings.security(i);
            int qty = holdings.quantity(i);
            double probability;
            if (liquidating) {
                probability = 1.0 / (churn.eventDay() - d);
            } else {
                boolean winner = FeeSchedule.amount(qty, market.close(sec, d)) > holdings.cost(i);
                probability = base * (winner ? 1 + b.disposition() : 1 - b.disposition() / 2);
                if (kind != null) {
                    probability = Drift.sellProbability(kind, progress, probability, winner);
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
        if (half < s.minBuy() || held - half < s.minBuy()) {
            return held;
        }
        return half;
    }

    /** Sells the largest positions while the margin maintenance ratio is below 130%. */
    void forcedLiquidation(int d) {
        Holdings holdings = account.holdings;
        while (account.debt > 0
                && holdings.size() > 0
                && (account.cash + account.marketValue(market, d)) * 10 < account.debt * 13) {
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
            account.repayFromCash();
        }
    }

    /** Sells shares of position {@code i}; false when the proceeds would not cover the fees. */
    boolean sell(int d, int i, int qty) {
        Security s = market.security(account.holdings.security(i));
        int price = tradePrice(s, d);
        long amount = FeeSchedule.amount(qty, price);
        long epochDay = market.epochDay(d);
        long commission = FeeSchedule.commission(s, amount, p.commissionRateMicros());
        long stamp = FeeSchedule.stampDuty(s, true, amount, epochDay);
        long transfer = FeeSchedule.transferFee(s, amount, epochDay);
        long net = amount - commission - stamp - transfer;
        if (amount <= 0 || account.cash + net < 0) {
            return false;
        }
        account.cash += net;
        account.holdings.sell(i, qty);
        ledger.trade(d, nextTime(), s, true, qty, price, amount, commission, stamp, transfer, channel());
        return true;
    }

    // ---- buys ----------------------------------------------------------------------------

    void buys(int d) {
        ChurnKind kind = churn != null && churn.drifting(d) ? churn.kind() : null;
        double probability = b.buyPropensity() * (kind == null ? 1 : Drift.buyFactor(kind, churn.progress(d)));
        for (int k = 0; k < MAX_BUYS_PER_DAY; k++) {
            long mv = account.marketValue(market, d);
            long equity = account.cash + mv - account.debt;
            if (equity <= 0 || rng.nextDouble() >= probability) {
                return;
            }
            double leverage = b.margin() ? b.maxLeverage() * 0.7 : 0;
            long target = (long) (equity * (b.equityShare() + leverage));
            int positions = effectivePositions(equity);
            if (mv > target - MIN_OTC_CENTS / 10 || account.holdings.size() >= positions) {
                return;
            }
            long capacity = b.margin() ? Math.max(0, (long) (b.maxLeverage() * equity) - account.debt) : 0;
            long spendable = account.cash + capacity;
            long budget = Math.min(
                    (long) (target / positions * Draw.lognormal(1, 0.35, rng)), Math.min(target - mv, spendable));
            if (!buy(d, budget, spendable, kind == ChurnKind.PERFORMANCE_DRIVEN)) {
                return;
            }
            probability *= 0.5;
        }
    }

    /** Buys about {@code budget} of one security; false when nothing affordable was found. */
    private boolean buy(int d, long budget, long spendable, boolean pickLosers) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int sec = pickLosers ? loser(d) : pickSecurity();
            Security s = market.security(sec);
            int price = tradePrice(s, d);
            if (!s.exchangeTraded() && budget < MIN_OTC_CENTS || budget * 2 < FeeSchedule.amount(s.minBuy(), price)) {
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

    /** Pays for a buy from cash, borrowing the shortfall on margin. */
    private void execute(int d, Security s, int qty, int price, long amount, long epochDay) {
        long commission = FeeSchedule.commission(s, amount, p.commissionRateMicros());
        long transfer = FeeSchedule.transferFee(s, amount, epochDay);
        long total = amount + commission + transfer;
        long borrow = Math.max(0, total - account.cash);
        account.debt += borrow;
        account.cash += borrow - total;
        account.holdings.buy(s.index(), qty, total, d);
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

    /** The target number of positions, fewer for small accounts (about 8,000 CNY a position at least). */
    private int effectivePositions(long equityCents) {
        return (int) Math.max(1, Math.min(b.targetPositions(), equityCents / 800_000));
    }

    /** A security from the client's board mix; within a segment the popular ones are drawn more often. */
    private int pickSecurity() {
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

    /** The worst performer over the next 20 days among a few candidates (the planted bad picks). */
    private int loser(int d) {
        int ahead = Math.min(days.size() - 1, d + 20);
        int worst = -1;
        double worstReturn = Double.MAX_VALUE;
        for (int k = 0; k < 6; k++) {
            int sec = pickSecurity();
            if (!market.security(sec).exchangeTraded()) {
                continue;
            }
            double r = (double) market.close(sec, ahead) / market.close(sec, d);
            if (r < worstReturn) {
                worstReturn = r;
                worst = sec;
            }
        }
        return worst >= 0 ? worst : pickSecurity();
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

    /** The next trade time: minutes apart, skipping the lunch break, never after 15:00. */
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
}
