package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.output.Block;
import com.brokercrm.datagen.output.CsvBuffer;
import com.brokercrm.datagen.output.OutputFile;
import java.time.LocalDate;

/** Writes a client's master-data row, its churn event (if any) and its answer-key row ({@link TruthWriter}). */
public final class CustomerRows {

    private final TradingDays days;
    private final TruthWriter truth;

    public CustomerRows(TradingDays days) {
        this.days = days;
        this.truth = new TruthWriter(days);
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
        truth.write(p, block);
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
        b.date(statusDate(p)).comma().date(p.idExpiresOn()).newline();
    }

    private LocalDate statusDate(CustomerProfile p) {
        ChurnPlan c = p.churn();
        if (c != null && c.type() != ChurnType.ASSET_OUTFLOW) {
            return days.date(c.eventDay());
        }
        return p.dormantSince();
    }

    static CsvBuffer optional(CsvBuffer b, String asciiOrNull) {
        return asciiOrNull == null ? b : b.ascii(asciiOrNull);
    }
}
