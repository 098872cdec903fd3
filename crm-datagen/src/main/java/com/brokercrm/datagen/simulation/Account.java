package com.brokercrm.datagen.simulation;

import com.brokercrm.datagen.market.FeeSchedule;
import com.brokercrm.datagen.market.Market;

/** The money and securities of the account being simulated: cash and margin debt in cents, and positions. */
final class Account {

    final Holdings holdings = new Holdings();
    long cash;
    long debt;
    /** Highest end-of-day net assets so far. */
    long peakEquity;

    void reset() {
        holdings.clear();
        cash = 0;
        debt = 0;
        peakEquity = 0;
    }

    /** Sum of quantity x close over the positions, each rounded to the cent. */
    long marketValue(Market market, int day) {
        long mv = 0;
        for (int i = 0; i < holdings.size(); i++) {
            mv += FeeSchedule.amount(holdings.quantity(i), market.close(holdings.security(i), day));
        }
        return mv;
    }

    long equity(Market market, int day) {
        return cash + marketValue(market, day) - debt;
    }

    /** Pays back margin debt from cash as far as the cash goes. */
    void repayFromCash() {
        long repay = Math.min(debt, cash);
        debt -= repay;
        cash -= repay;
    }
}
