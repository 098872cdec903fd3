package com.brokercrm.profiling;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class PostgresProfileWriteTest extends ProfileWriteContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.postgres("profiles");
    }
}
