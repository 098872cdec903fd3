package com.brokercrm.ingest.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void acceptsPublishedExampleAndComputesCheckCharacter() {
        // The worked example of GB 11643-1999: 11010519491231002X
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.problem("11010519491231002X")).isNull();
        assertThat(ResidentId.problem("11010519491231002x")).as("lower-case x").isNull();
        assertThat(ResidentId.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void rejectsWrongChecksumLengthAndDate() {
        assertThat(ResidentId.problem("110105194912310021"))
                .contains("checksum")
                .contains("X");
        assertThat(ResidentId.problem("1101051949123100")).contains("18 characters");
        assertThat(ResidentId.problem("110105194913310021")).contains("birth date");
        assertThat(ResidentId.problem("11010519491231A02X")).contains("17 digits");
    }

    @Test
    void masksAllButTheEnds() {
        assertThat(ImportFormat.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
