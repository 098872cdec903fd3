package com.brokercrm.datagen.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class OrganisationFactoryTest {

    @Test
    @Timeout(10)
    void namesHundredsOfBranchesUniquelyEvenWhenACityRunsOutOfRoads() {
        // 400 branches is what 1,000,000 clients get; drawing road names alone never ended there
        Organisation org = OrganisationFactory.create(
                400, 8000, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31), new SplittableRandom(7));

        assertThat(org.branches()).hasSize(400);
        assertThat(org.branches().stream().map(Branch::name).distinct().count()).isEqualTo(400);
        assertThat(org.branches().stream().map(Branch::name))
                .allMatch(name -> name.endsWith("证券营业部"))
                .anyMatch(name -> name.matches(".*第\\d+证券营业部"));
    }
}
