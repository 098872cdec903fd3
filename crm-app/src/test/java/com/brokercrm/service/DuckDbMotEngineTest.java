package com.brokercrm.service;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class DuckDbMotEngineTest extends MotEngineContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.duckDb(temp);
    }
}
