package com.brokercrm.profiling;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;

class PostgresIndicatorTest extends IndicatorContractTest {
    @Override
    HikariDataSource createStore() {
        return TestStore.postgres("indicators");
    }
}
