package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class PostgresFactLayoutTest extends FactLayoutContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.postgres("fact_layout");
    }

    @Override
    boolean keepsClientOrder() {
        return false;
    }

    @Override
    void assertAppendedDaysInClientOrder(boolean expected) {
        // PostgreSQL finds a client's rows through its indexes, whatever their order: nothing is rewritten
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'fact_layout'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
