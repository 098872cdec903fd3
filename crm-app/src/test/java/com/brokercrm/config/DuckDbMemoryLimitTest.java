package com.brokercrm.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.store.TestStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code brokercrm.duckdb.memory-limit} reaches DuckDB as its {@code memory_limit}. */
@SpringBootTest(properties = "brokercrm.duckdb.memory-limit=1GB")
class DuckDbMemoryLimitTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = TestStore.newFolder("brokercrm-memory").toString();
        registry.add("brokercrm.data-dir", () -> dir);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSettingIsDuckDbsMemoryLimit() {
        String limit = jdbc.sql("SELECT current_setting('memory_limit')")
                .query(String.class)
                .single();
        // DuckDB reports 1GB (10^9 bytes) in binary units
        assertThat(limit).isEqualTo("953.6 MiB");
    }
}
