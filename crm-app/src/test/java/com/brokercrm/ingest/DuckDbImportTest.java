package com.brokercrm.ingest;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

class DuckDbImportTest extends ImportContractTest {
    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.duckDb(temp);
    }
}
