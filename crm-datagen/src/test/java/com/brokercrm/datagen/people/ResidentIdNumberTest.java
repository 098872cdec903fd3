package com.brokercrm.datagen.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void knownNumbersHaveTheRightCheckCharacter() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue(); // GB 11643 example
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumber.isValid("11010519491231002")).isFalse();
    }

    @Test
    void builtNumbersHoldBirthDateAndGender() {
        String man = ResidentIdNumber.of("310104", LocalDate.of(1985, 7, 9), 222, true);
        String woman = ResidentIdNumber.of("440305", LocalDate.of(2001, 12, 31), 999, false);
        assertThat(man).startsWith("31010419850709").hasSize(18);
        assertThat((man.charAt(16) - '0') % 2).isEqualTo(1);
        assertThat((woman.charAt(16) - '0') % 2).isZero();
        assertThat(ResidentIdNumber.isValid(man)).isTrue();
        assertThat(ResidentIdNumber.isValid(woman)).isTrue();
    }
}
