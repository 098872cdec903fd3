package com.brokercrm.service;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class PostgresMotEngineTest extends MotEngineContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.postgres("mot");
    }
}
