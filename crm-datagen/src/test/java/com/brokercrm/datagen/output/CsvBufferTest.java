package com.brokercrm.datagen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvBufferTest {

    private static String text(CsvBuffer b) {
        return new String(b.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void formatsMoneyPricesAndWholeNumbers() {
        CsvBuffer b = new CsvBuffer(4);
        b.money(0).comma().money(5).comma().money(123_456).comma().money(-1_050).comma();
        b.decimal(12_345, 4).comma().integer(0).comma().integer(-42).comma().zeroPadded(7, 3);
        assertThat(text(b)).isEqualTo("0.00,0.05,1234.56,-10.50,1.2345,0,-42,007");
    }

    @Test
    void formatsDatesAndTimes() {
        CsvBuffer b = new CsvBuffer(4);
        b.date(LocalDate.of(2026, 1, 5))
                .comma()
                .timeOfDay(9 * 3600 + 30 * 60 + 7)
                .comma()
                .date(null);
        assertThat(text(b)).isEqualTo("2026-01-05,09:30:07,");
    }

    @Test
    void quotesTextOnlyWhenNeeded() {
        CsvBuffer b = new CsvBuffer(4);
        b.text("上海").comma().text("a,b").comma().text("say \"hi\"").comma().text(null);
        assertThat(text(b)).isEqualTo("上海,\"a,b\",\"say \"\"hi\"\"\",");
    }

    @Test
    void patchesReservedIdentifierDigits() {
        CsvBuffer b = new CsvBuffer(4);
        b.ascii("T");
        int at = b.reserveDigits(9);
        b.comma();
        b.patchDigits(at, 42, 9);
        assertThat(text(b)).isEqualTo("T000000042,");
    }
}
