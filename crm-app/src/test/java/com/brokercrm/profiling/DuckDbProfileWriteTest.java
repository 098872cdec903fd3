package com.brokercrm.profiling;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class DuckDbProfileWriteTest extends ProfileWriteContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.duckDb(temp.resolve("duck"));
    }
}
