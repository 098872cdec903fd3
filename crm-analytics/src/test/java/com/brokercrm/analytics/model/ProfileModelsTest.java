package com.brokercrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.indicator.IndicatorRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileModelsTest {

    @Test
    void aPercentileIsTheShareOfValuesBelowWithTiesCountingHalf() {
        assertThat(ProfileModels.percentiles(new long[] {500, 100, 500, 300})).containsExactly(75.0, 12.5, 75.0, 37.5);
        assertThat(ProfileModels.percentiles(new long[] {-7})).containsExactly(50.0);
        assertThat(ProfileModels.percentiles(new long[0])).isEmpty();
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        long[] values = random.longs(3_000, -50, 50).toArray();
        double[] percentiles = ProfileModels.percentiles(values);
        for (int k = 0; k < values.length; k++) {
            long value = values[k];
            long below = java.util.Arrays.stream(values).filter(v -> v < value).count();
            long ties = java.util.Arrays.stream(values).filter(v -> v == value).count();
            assertThat(percentiles[k]).isEqualTo(ValueModel.round(100.0 * (below + ties / 2.0) / values.length, 4));
        }
    }

    @Test
    void scoringABatchOnEveryCoreGivesTheSameProfilesInTheSameOrderAsOneByOne() {
        List<IndicatorRow> rows = new ArrayList<>();
        Map<String, ClientFacts> facts = new HashMap<>();
        String[] levels = {"C1", "C2", "C3", "C4", "C5"};
        for (int i = 0; i < 2_000; i++) {
            String id = String.format("C%05d", i);
            rows.add(Rows.client(id)
                    .money("net_commission_250", Integer.toString(10 * (i % 97)))
                    .ratio("avg_assets_250", 1_000.0 * (i % 311))
                    .ratio("chinext_trade_share_250", (i % 10) / 10.0)
                    .ratio("avg_holding_days_250", 1 + i % 60)
                    .count("trade_count_250", i % 150)
                    .count("chinext_picks_250", i % 13)
                    .count("etf_picks_250", i % 7)
                    .count("deposit_count_250", i % 5)
                    .count("age", 20 + i % 60)
                    .row());
            facts.put(id, Rows.facts(id, levels[i % 5]));
        }
        ProfileModels oneByOne = new ProfileModels(ModelConfig.DEFAULT);
        rows.forEach(r -> oneByOne.add(r, facts.get(r.customerId())));
        ProfileModels batched = new ProfileModels(ModelConfig.DEFAULT);
        batched.addAll(rows.subList(0, 1_500), facts::get);
        batched.addAll(rows.subList(1_500, rows.size()), facts::get);
        ProfileModels submitted = new ProfileModels(ModelConfig.DEFAULT);
        List<IndicatorRow> batch = new ArrayList<>();
        for (IndicatorRow row : rows) {
            batch.add(row);
            if (batch.size() == 150) {
                submitted.submit(batch, facts::get);
                batch.clear(); // submit copies the batch
            }
        }
        submitted.submit(batch, facts::get);
        submitted.add(rows.getFirst(), facts.get(rows.getFirst().customerId())); // after every batch
        ProfileModels forStore = ProfileModels.forStore(ModelConfig.DEFAULT);
        forStore.submit(rows, facts::get);

        List<Profile> expected = oneByOne.profiles(7);
        List<Profile> actual = batched.profiles(7);
        assertThat(actual).hasSize(2_000).isEqualTo(expected);
        assertThat(actual.stream().map(Profile::customerId).toList())
                .isEqualTo(rows.stream().map(IndicatorRow::customerId).toList());
        List<Profile> inBackground = submitted.profiles(7);
        assertThat(inBackground).hasSize(2_001);
        assertThat(inBackground.getLast().customerId())
                .isEqualTo(rows.getFirst().customerId());
        assertThat(inBackground.subList(0, 2_000))
                .extracting(Profile::customerId, Profile::value, Profile::risk, Profile::drivers)
                .isEqualTo(expected.stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.customerId(), p.value(), p.risk(), p.drivers()))
                        .toList());
        assertThat(expected)
                .allSatisfy(p -> assertThat(p.drivers())
                        .isEqualTo(ProfileJson.drivers(p.value(), p.risk(), p.habits(), p.needs())));
        List<Profile> stored = forStore.profiles(7);
        assertThat(stored)
                .as("the rows written are the same without the driver lists")
                .extracting(ProfileTable::values)
                .containsExactlyElementsOf(
                        expected.stream().map(ProfileTable::values).toList());
        assertThat(stored).allSatisfy(p -> {
            assertThat(p.value().drivers()).isEmpty();
            assertThat(p.risk().drivers()).isEmpty();
            assertThat(p.habits().values())
                    .allSatisfy(drivers -> assertThat(drivers).isEmpty());
        });
        assertThat(expected).anySatisfy(p -> assertThat(p.habits()).isNotEmpty());
        assertThat(actual.stream().map(p -> p.risk().riskClass()).distinct())
                .as("the fixture spans the classes")
                .hasSize(3);
    }

    @Test
    void aFailureWhileScoringInTheBackgroundIsThrownByALaterCall() {
        ProfileModels models = new ProfileModels(ModelConfig.DEFAULT);
        models.submit(List.of(Rows.client("C1").row()), id -> {
            throw new IllegalStateException("no master data for " + id);
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> models.profiles(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no master data for C1");
    }
}
