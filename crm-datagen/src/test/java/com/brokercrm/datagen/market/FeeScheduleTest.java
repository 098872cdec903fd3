package com.brokercrm.datagen.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    private static final Security STOCK = new Security(
            0,
            "600000",
            Exchange.SH,
            "浦发银行",
            SecurityType.STOCK,
            Board.MAIN,
            "R3",
            false,
            "银行",
            Segment.MAIN,
            100,
            0.01,
            1,
            100,
            100);
    private static final Security ETF = new Security(
            1,
            "510300",
            Exchange.SH,
            "沪深300ETF",
            SecurityType.ETF,
            Board.NA,
            "R3",
            false,
            null,
            Segment.ETF,
            100,
            0.01,
            1,
            100,
            100);
    private static final Security FUND = new Security(
            2,
            "000001",
            Exchange.OTC,
            "纯债A",
            SecurityType.FUND,
            Board.NA,
            "R2",
            false,
            null,
            Segment.OTC,
            1,
            0.001,
            0,
            1,
            1);
    private static final long TODAY = LocalDate.of(2025, 3, 3).toEpochDay();

    @Test
    void commissionHasAFiveYuanMinimum() {
        assertThat(FeeSchedule.commission(STOCK, 1_000_000, 250)).isEqualTo(500); // 10,000 CNY x 0.025% = 2.50
        assertThat(FeeSchedule.commission(STOCK, 100_000_000, 250)).isEqualTo(25_000); // 1,000,000 CNY -> 250.00
        assertThat(FeeSchedule.commission(STOCK, 3_333_333, 150)).isEqualTo(500);
        assertThat(FeeSchedule.commission(STOCK, 4_000_033, 150)).isEqualTo(600); // 600.005 rounds half up
        assertThat(FeeSchedule.commission(FUND, 4_000_000, 150)).isZero();
    }

    @Test
    void stampDutyOnStockSellsOnly() {
        assertThat(FeeSchedule.stampDuty(STOCK, true, 1_000_000, TODAY)).isEqualTo(500); // 0.05%
        assertThat(FeeSchedule.stampDuty(STOCK, false, 1_000_000, TODAY)).isZero();
        assertThat(FeeSchedule.stampDuty(ETF, true, 1_000_000, TODAY)).isZero();
        long before = LocalDate.of(2023, 8, 25).toEpochDay();
        assertThat(FeeSchedule.stampDuty(STOCK, true, 1_000_000, before)).isEqualTo(1_000); // 0.1%
    }

    @Test
    void transferFeeOnStocksBothSides() {
        assertThat(FeeSchedule.transferFee(STOCK, 1_000_000, TODAY)).isEqualTo(10); // 0.001% of 10,000 = 0.10
        assertThat(FeeSchedule.transferFee(STOCK, 50_000, TODAY)).isEqualTo(1); // 0.005 rounds up
        assertThat(FeeSchedule.transferFee(ETF, 1_000_000, TODAY)).isZero();
    }

    @Test
    void amountRoundsHalfUpToTheCent() {
        assertThat(FeeSchedule.amount(100, 123_400)).isEqualTo(123_400); // 100 x 12.34 = 1,234.00
        assertThat(FeeSchedule.amount(3, 10_505)).isEqualTo(315); // 3.1515 -> 3.15
        assertThat(FeeSchedule.amount(1, 10_050)).isEqualTo(101); // 1.005 -> 1.01
    }

    @Test
    void priceLimitsFollowTheBoardAndDate() {
        long after = LocalDate.of(2026, 8, 3).toEpochDay();
        Security st = new Security(
                3,
                "600001",
                Exchange.SH,
                "ST甲",
                SecurityType.STOCK,
                Board.MAIN,
                "R4",
                true,
                null,
                Segment.ST,
                100,
                0.02,
                1,
                100,
                100);
        assertThat(PriceLimits.limitPercent(st, TODAY)).isEqualTo(5);
        assertThat(PriceLimits.limitPercent(st, after)).isEqualTo(10);
        assertThat(PriceLimits.upper(100_000, 10, 100)).isEqualTo(110_000);
        assertThat(PriceLimits.upper(123_500, 10, 100)).isEqualTo(135_900); // 13.585 -> 13.59
        assertThat(PriceLimits.lower(123_500, 10, 100)).isEqualTo(111_200); // 11.115 -> 11.12
    }
}
