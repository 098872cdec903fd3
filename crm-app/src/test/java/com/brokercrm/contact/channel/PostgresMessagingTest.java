package com.brokercrm.contact.channel;

import com.brokercrm.store.TestStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same messaging flows on PostgreSQL (a schema of its own in the test server; scripts/start-postgres.sh). */
@ActiveProfiles("postgres")
class PostgresMessagingTest extends MessagingTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws Exception {
        String schema = "t_messaging_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(TestStore.PG_URL, TestStore.PG_USER, TestStore.PG_PASSWORD);
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        }
        registry.add(
                "spring.datasource.url",
                () -> TestStore.PG_URL + (TestStore.PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> TestStore.PG_USER);
        registry.add("spring.datasource.password", () -> TestStore.PG_PASSWORD);
    }
}
