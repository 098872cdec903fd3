package com.brokercrm.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<CsvRecord> read(String text, int fields) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new StringReader(text)))) {
            reader.expectFields(fields);
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        List<CsvRecord> records = read("a,\"b,1\",\"say \"\"hi\"\"\"\r\nx,\"two\nlines\",\n3,,\n", 3);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).fields()).containsExactly("a", "b,1", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("x", "two\nlines", "");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line())
                .as("physical line after a two-line record")
                .isEqualTo(4);
        assertThat(records.get(2).fields()).containsExactly("3", "", "");
    }

    @Test
    void unterminatedQuoteCostsOnlyItsOwnLine() throws Exception {
        List<CsvRecord> records = read("1,\"open,x\n2,b,c\n3,d,e\n", 3);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).broken()).isTrue();
        assertThat(records.get(0).problem()).contains("never closed");
        assertThat(records.get(1).fields()).containsExactly("2", "b", "c");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void strayQuotesAndWrongFieldCountsAreBroken() throws Exception {
        List<CsvRecord> records = read("a\"b,c,d\n\"x\"y,c,d\n1,2\n1,2,3\n", 3);
        assertThat(records).extracting(CsvRecord::broken).containsExactly(true, true, true, false);
        assertThat(records.get(0).problem()).contains("stray quote");
        assertThat(records.get(1).problem()).contains("after the closing quote");
        assertThat(records.get(2).problem()).contains("expected 3 fields but found 2");
    }

    @Test
    void byteOrderMarkAndBlankLinesAreIgnored() throws Exception {
        List<CsvRecord> records = read("\uFEFFh1,h2\n\n1,2\n\n", 2);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("h1", "h2");
        assertThat(records.get(1).line()).isEqualTo(3);
    }
}
