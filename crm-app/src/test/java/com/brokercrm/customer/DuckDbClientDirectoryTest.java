package com.brokercrm.customer;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class DuckDbClientDirectoryTest extends ClientDirectoryContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.duckDb(temp);
    }
}
