package com.brokercrm.profiling;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;

class DuckDbIndicatorTest extends IndicatorContractTest {
    @Override
    HikariDataSource createStore() {
        return TestStore.duckDb(TestStore.newFolder("indicators"));
    }
}
