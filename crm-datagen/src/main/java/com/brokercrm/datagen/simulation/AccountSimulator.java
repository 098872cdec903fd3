package com.brokercrm.datagen.simulation;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.customer.Behaviour;
import com.brokercrm.datagen.customer.ChurnKind;
import com.brokercrm.datagen.customer.ChurnPlan;
import com.brokercrm.datagen.customer.ChurnType;
import com.brokercrm.datagen.customer.CustomerProfile;
import com.brokercrm.datagen.market.FeeSchedule;
import com.brokercrm.datagen.market.Market;
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
 * = cash(t-1) + inflows - outflows - buys - fees + sells + (debt(t) - debt(t-1))}, where custody
 * transfers move securities and not cash.
 *
 * <p>Churners drift from the plan's drift start (see {@link Drift}), then close, transfer out, drain
 * or go dormant on the event day. Closed and transferred accounts have no rows after it.
 */
public final class AccountSimulator {

    private static final int OPEN = 9 * 3600 + 30 * 60;
    /** Cash interest (demand rate 0.35%/yr) for a quarter, in millionths. */
    private static final long QUARTER_INTEREST_MICROS = 863;
    /** Withdrawals of at least 50,000 CNY and a third of the assets get a manager's call. */
    private static final long LARGE_WITHDRAWAL_CENTS = 5_000_000;

    private final Market market;
    private final TradingDays days;
    private final boolean[] interestDay;
    private final Ledger ledger;
    private final ContactPlanner contacts;
    private final Account account = new Account();
    private final OrderDesk desk;

    private CustomerProfile p;
    private Behaviour b;
    private ChurnPlan churn;
    private SplittableRandom rng;

    public AccountSimulator(Market market, Organisation organisation) {
        this.market = market;
        this.days = market.days();
        this.ledger = new Ledger(market);
        this.contacts = new ContactPlanner(days, organisation);
        this.desk = new OrderDesk(market, ledger, account);
        this.interestDay = interestDays(days);
    }

    /** Interest is paid quarterly on the first trading day from the 21st of March, June, September, December. */
    private static boolean[] interestDays(TradingDays days) {
        boolean[] result = new boolean[days.size()];
        for (int i = 1; i < days.size(); i++) {
            var d = days.date(i);
            var prev = days.date(i - 1);
            result[i] = d.getMonthValue() % 3 == 0
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
        account.reset();
        desk.begin(profile, random);
        ledger.begin(block, profile.id(), profile.branch().regionIndex());
        int first = profile.firstDay();
        int last = lastDay(profile, days.size());
        contacts.begin(profile, first, last, random.split());
        if (profile.preExisting()) {
            if (profile.dormantSince() != null) {
                account.cash = profile.startAssetsCents();
            } else {
                desk.openingPortfolio();
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

    /** Interest, dividends on the previous close's holdings, and a new client's first deposit. */
    private void credits(int d) {
        if (interestDay[d] && account.cash > 0) {
            long interest = (account.cash * QUARTER_INTEREST_MICROS + 500_000) / 1_000_000;
            if (interest > 0) {
                account.cash += interest;
                ledger.flow(d, true, interest, FlowKind.INTEREST);
            }
        }
        int[] paying = market.dividendSecurities(d);
        if (paying.length > 0) {
            int[] pips = market.dividendPips(d);
            for (int k = 0; k < paying.length; k++) {
                int i = account.holdings.find(paying[k]);
                if (i >= 0) {
                    long amount = ((long) account.holdings.quantity(i) * pips[k] + 50) / 100;
                    if (amount > 0) {
                        account.cash += amount;
                        ledger.flow(d, true, amount, FlowKind.DIVIDEND);
                    }
                }
            }
        }
        if (d == p.fundingDay() && p.startAssetsCents() > 0) {
            account.cash += p.startAssetsCents();
            ledger.flow(d, true, p.startAssetsCents(), FlowKind.BANK_TRANSFER);
        }
    }

    /** Bank transfers in and out, in round hundreds of CNY; churners drain their cash while drifting. */
    private void transfers(int d) {
        ChurnKind kind = churn != null && churn.drifting(d) ? churn.kind() : null;
        double progress = kind == null ? 0 : churn.progress(d);
        long equity = account.equity(market, d - 1);
        double depositChance = b.depositsPerYear() / 244 * (kind == null ? 1 : Drift.depositFactor(kind, progress));
        if (rng.nextDouble() < depositChance) {
            double base = Math.max(equity, p.startAssetsCents() / 2.0);
            long amount = roundDown(Math.max(100_000, (long) (base * Draw.lognormal(0.09, 0.6, rng))), 10_000);
            account.cash += amount;
            ledger.flow(d, true, amount, FlowKind.BANK_TRANSFER);
        }
        double withdrawalChance =
                b.withdrawalsPerYear() / 244 * (kind == null ? 1 : Drift.withdrawalFactor(kind, progress));
        if (rng.nextDouble() < withdrawalChance) {
            long wanted = kind != null && Drift.drains(kind)
                    ? (long) (account.cash * (0.5 + 0.5 * rng.nextDouble()))
                    : (long) (equity * Draw.lognormal(0.12, 0.6, rng));
            withdraw(d, roundDown(Math.min(account.cash, wanted), 10_000));
        }
    }

    private void withdraw(int d, long amount) {
        if (amount <= 0 || amount > account.cash) {
            return;
        }
        account.cash -= amount;
        ledger.flow(d, false, amount, FlowKind.BANK_TRANSFER);
        if (amount >= LARGE_WITHDRAWAL_CENTS && amount * 3 >= account.equity(market, d - 1)) {
            contacts.largeWithdrawal(d);
        }
    }

    private void trade(int d) {
        desk.startClock(OPEN, 3 * 3600);
        desk.sells(d);
        desk.forcedLiquidation(d);
        if (account.debt > 0 && account.cash > 0) {
            account.repayFromCash();
        }
        if (churn == null || !churn.liquidating(d)) {
            desk.buys(d);
        }
    }

    /**
     * The churn event: a transfer moves the securities out (after selling enough to repay any margin
     * debt) and withdraws the cash; the other types sell what is left and withdraw all cash (closure),
     * all but a small rest (asset outflow), or all but a few hundred CNY (dormant).
     */
    private void eventDay(int d) {
        desk.startClock(OPEN, 2 * 3600);
        Holdings holdings = account.holdings;
        if (churn.type() == ChurnType.TRANSFERRED_OUT) {
            while (account.debt > account.cash && holdings.size() > 0 && desk.sell(d, 0, holdings.quantity(0))) {
                // sell until the debt can be repaid from cash
            }
            repayAll(d);
            long moved = account.marketValue(market, d);
            if (moved > 0) {
                ledger.flow(d, false, moved, FlowKind.CUSTODY_TRANSFER);
            }
            holdings.clear();
            withdraw(d, account.cash);
            return;
        }
        for (int i = holdings.size() - 1; i >= 0; i--) {
            desk.sell(d, i, holdings.quantity(i));
        }
        repayAll(d);
        long residual = switch (churn.type()) {
            case ASSET_OUTFLOW ->
                Math.min(account.cash, (long) (account.peakEquity * (0.02 + 0.08 * rng.nextDouble())));
            case DORMANT -> Math.min(account.cash, 2_000 + rng.nextInt(88_000));
            default -> 0;
        };
        withdraw(d, account.cash - residual);
    }

    /** Repays all margin debt, depositing the shortfall if the account cannot cover it. */
    private void repayAll(int d) {
        if (account.debt > account.cash) {
            long shortfall = account.debt - account.cash;
            account.cash += shortfall;
            ledger.flow(d, true, shortfall, FlowKind.BANK_TRANSFER);
        }
        account.repayFromCash();
    }

    private void endOfDay(int d) {
        long mv = account.marketValue(market, d);
        ledger.dailyAsset(d, account.cash, mv, account.debt);
        account.peakEquity = Math.max(account.peakEquity, account.cash + mv - account.debt);
        if (days.isSnapshot(d)) {
            Holdings holdings = account.holdings;
            for (int i = 0; i < holdings.size(); i++) {
                int sec = holdings.security(i);
                int qty = holdings.quantity(i);
                ledger.position(
                        d, market.security(sec), qty, holdings.cost(i), FeeSchedule.amount(qty, market.close(sec, d)));
            }
        }
    }

    private static long roundDown(long cents, long step) {
        return cents / step * step;
    }
}
