package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;

class DuckDbFactLayoutTest extends FactLayoutContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.duckDb(temp);
    }

    @Override
    boolean keepsClientOrder() {
        return true;
    }

    @Override
    void assertAppendedDaysInClientOrder(boolean expected) {
        java.util.List<String> stored = storedOrder();
        if (expected) {
            assertThat(stored).as("rewritten in client order").isEqualTo(sorted(stored));
            assertThat(jdbc.sql("SELECT clustered_through FROM fact_layout WHERE table_name = 'daily_asset'")
                            .query(LocalDate.class)
                            .single())
                    .isEqualTo(weekdaysAfter(BULK_END, 25).get(24));
        } else {
            assertThat(stored).as("still as appended, day after day").isNotEqualTo(sorted(stored));
            assertThat(jdbc.sql("SELECT clustered_through FROM fact_layout WHERE table_name = 'daily_asset'")
                            .query(LocalDate.class)
                            .single())
                    .as("the first load's last day")
                    .isEqualTo(BULK_END);
        }
    }
}
