package com.brokercrm.profiling;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;

class DuckDbIndicatorTest extends IndicatorContractTest {
    @Override
    HikariDataSource createStore() {
        try {
            Path folder = Files.createTempDirectory("indicators");
            folder.toFile().deleteOnExit();
            return TestStore.duckDb(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
