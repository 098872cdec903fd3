package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.output.Block;
import com.brokercrm.datagen.output.CsvBuffer;
import com.brokercrm.datagen.output.OutputFile;
import com.brokercrm.datagen.output.TruthColumns;
import java.time.LocalDate;

/**
 * Writes a client's master-data row, its churn event and its answer-key row (columns documented in
 * {@link TruthColumns}).
 */
public final class CustomerRows {

    private final TradingDays days;

    public CustomerRows(TradingDays days) {
        this.days = days;
    }

    public void write(CustomerProfile p, Block block) {
        customer(p, block.row(OutputFile.CUSTOMERS));
        ChurnPlan c = p.churn();
        if (c != null) {
            CsvBuffer b = block.row(OutputFile.CHURN_EVENTS);
            b.ascii(p.id())
                    .comma()
                    .bytes(days.iso(c.eventDay()))
                    .comma()
                    .ascii(c.type().name())
                    .comma();
            optional(b, c.reasonCode()).comma();
            optional(b, c.destination()).comma().text(c.note()).newline();
        }
        truth(p, block.row(OutputFile.TRUTH));
    }

    private void customer(CustomerProfile p, CsvBuffer b) {
        b.ascii(p.id()).comma().text(p.name()).comma();
        optional(b, p.gender()).comma().date(p.birthDate()).comma();
        optional(b, p.idNumber()).comma();
        optional(b, p.phone()).comma();
        optional(b, p.email())
                .comma()
                .text(p.city())
                .comma()
                .text(p.occupation())
                .comma()
                .text(p.education())
                .comma();
        optional(b, p.incomeBand())
                .comma()
                .date(p.openDate())
                .comma()
                .ascii(p.branch().id())
                .comma();
        optional(b, p.managerId()).comma();
        optional(b, p.brokerId()).comma().ascii(p.investorType()).comma();
        optional(b, p.riskLevel())
                .comma()
                .date(p.riskAssessedOn())
                .comma()
                .ascii(p.status())
                .comma();
        b.date(statusDate(p)).newline();
    }

    private LocalDate statusDate(CustomerProfile p) {
        ChurnPlan c = p.churn();
        if (c != null && c.type() != ChurnType.ASSET_OUTFLOW) {
            return days.date(c.eventDay());
        }
        return p.dormantSince();
    }

    private void truth(CustomerProfile p, CsvBuffer b) {
        Behaviour bh = p.behaviour();
        ChurnPlan c = p.churn();
        b.ascii(p.id())
                .comma()
                .ascii(p.persona().name())
                .comma()
                .ascii(p.behavesAs().name())
                .comma();
        b.ascii(Boolean.toString(p.persona() != p.behavesAs())).comma();
        if (c != null) {
            b.ascii(c.kind().name())
                    .comma()
                    .ascii(c.type().name())
                    .comma()
                    .bytes(days.iso(c.eventDay()))
                    .comma();
            b.bytes(days.iso(c.driftStart())).comma();
            optional(b, c.reasonCode()).comma();
            optional(b, c.destination()).comma();
        } else {
            b.ascii(",,,,,,");
        }
        b.decimal(p.commissionRateMicros(), 6).comma();
        b.decimal(Math.round(bh.holdingDays() * 10), 1)
                .comma()
                .integer(bh.targetPositions())
                .comma();
        fraction(b, bh.equityShare()).comma();
        fraction(b, bh.buyPropensity()).comma();
        b.decimal(Math.round(bh.turnoverTarget() * 10), 1).comma();
        for (double w : bh.segmentWeights()) {
            fraction(b, w).comma();
        }
        b.ascii(Boolean.toString(p.starPermission()))
                .comma()
                .ascii(Boolean.toString(bh.margin()))
                .comma();
        fraction(b, bh.maxLeverage()).comma();
        b.money(p.startAssetsCents()).comma();
        optional(b, p.riskLevel())
                .comma()
                .ascii(Boolean.toString(p.suitabilityMismatch()))
                .comma();
        b.date(p.dormantSince()).newline();
    }

    private static CsvBuffer fraction(CsvBuffer b, double value) {
        return b.decimal(Math.round(value * 10_000), 4);
    }

    private static CsvBuffer optional(CsvBuffer b, String asciiOrNull) {
        return asciiOrNull == null ? b : b.ascii(asciiOrNull);
    }
}
