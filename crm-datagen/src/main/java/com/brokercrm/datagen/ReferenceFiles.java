package com.brokercrm.datagen;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.market.Market;
import com.brokercrm.datagen.market.Security;
import com.brokercrm.datagen.organisation.Branch;
import com.brokercrm.datagen.organisation.Organisation;
import com.brokercrm.datagen.organisation.Staff;
import com.brokercrm.datagen.output.CsvBuffer;
import com.brokercrm.datagen.output.OutputFile;
import com.brokercrm.datagen.output.OutputFiles;
import java.io.IOException;
import java.util.SplittableRandom;

/** Writes the files that do not depend on clients (branches, staff, securities, prices) and the market volume. */
final class ReferenceFiles {

    private ReferenceFiles() {}

    static void write(OutputFiles out, Organisation organisation, Market market, GenerationProgress progress)
            throws IOException {
        for (Branch b : organisation.branches()) {
            out.row(OutputFile.BRANCHES)
                    .ascii(b.id())
                    .comma()
                    .text(b.name())
                    .comma()
                    .text(b.city().name())
                    .comma()
                    .text(b.city().region())
                    .comma()
                    .date(b.openedOn())
                    .newline();
        }
        for (Staff s : organisation.staff()) {
            CsvBuffer row = out.row(OutputFile.STAFF)
                    .ascii(s.id())
                    .comma()
                    .text(s.name())
                    .comma();
            row.ascii(s.role().name()).comma();
            if (s.branchIndex() >= 0) {
                row.ascii(organisation.branches().get(s.branchIndex()).id());
            }
            row.comma().date(s.hiredOn()).comma().date(s.leftOn()).newline();
        }
        for (Security s : market.securities()) {
            out.row(OutputFile.SECURITIES)
                    .ascii(s.code())
                    .comma()
                    .ascii(s.exchange().name())
                    .comma()
                    .text(s.name())
                    .comma()
                    .ascii(s.type().name())
                    .comma()
                    .ascii(s.board().name())
                    .comma()
                    .ascii(s.riskRating())
                    .comma()
                    .ascii(Boolean.toString(s.st()))
                    .comma()
                    .text(s.industry())
                    .newline();
        }
        prices(out, market, progress);
    }

    private static void prices(OutputFiles out, Market market, GenerationProgress progress) throws IOException {
        TradingDays days = market.days();
        int n = market.securities().size();
        for (Security s : market.securities()) {
            byte[] key = s.exchangeAndCode();
            int scale = s.priceDecimals();
            for (int d = 0; d < days.size(); d++) {
                int close = market.close(s.index(), d);
                out.row(OutputFile.PRICES)
                        .bytes(key)
                        .comma()
                        .bytes(days.iso(d))
                        .comma()
                        .decimal(s.exchangeTraded() ? close / 100 : close, scale)
                        .newline();
            }
            if (s.index() % 100 == 99 || s.index() == n - 1) {
                progress.update("prices", s.index() + 1, n);
            }
        }
    }

    /**
     * Regional market trading amounts per month: a few times (3-6x, varying by region and month) the
     * brokerage's own traded value there; market accounts likewise a multiple of its own clients.
     */
    static void marketVolume(OutputFiles out, Organisation organisation, TradingDays days, SplittableRandom rng)
            throws IOException {
        int months = days.months().size();
        int firstMonth = days.monthIndex(1); // the opening day alone carries no trading
        for (int r = 0; r < organisation.regions().size(); r++) {
            double factor = 3 + 3 * rng.nextDouble();
            long sum = 0;
            int counted = 0;
            for (int m = firstMonth; m < months; m++) {
                long own = out.ownVolume(r, m);
                if (own > 0) {
                    sum += own;
                    counted++;
                }
            }
            long typical = counted == 0 ? 100_000_000_000L : sum / counted;
            long accounts = Math.max(1000, Math.round(out.ownCustomers(r) * factor * 1.5));
            for (int m = firstMonth; m < months; m++) {
                long own = out.ownVolume(r, m);
                double scale = factor * Math.exp(0.15 * rng.nextGaussian());
                long amount = Math.round(Math.max(own, typical / 20) * scale) / 100 * 100;
                long monthAccounts = Math.round(accounts * (1 + 0.002 * m) * (1 + 0.02 * rng.nextGaussian()));
                out.row(OutputFile.MARKET_VOLUME)
                        .text(organisation.regions().get(r))
                        .comma()
                        .ascii(days.months().get(m).toString())
                        .comma()
                        .money(amount)
                        .comma()
                        .integer(monthAccounts)
                        .newline();
            }
        }
    }
}
