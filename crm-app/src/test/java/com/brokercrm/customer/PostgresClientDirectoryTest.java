package com.brokercrm.customer;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class PostgresClientDirectoryTest extends ClientDirectoryContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.postgres("clients");
    }
}
