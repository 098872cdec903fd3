package com.brokercrm.ingest;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class PostgresImportTest extends ImportContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.postgres("import");
    }
}
