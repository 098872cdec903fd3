package com.brokercrm.profiling;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class DuckDbProfileStoreTest extends ProfileStoreContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.duckDb(temp);
    }
}
