package com.brokercrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.ingest.SampleBrokerageAccess;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The client list's queries, held on each engine by a subclass. */
abstract class ClientDirectoryContractTest {

    @TempDir
    Path temp;

    HikariDataSource store;
    ClientDirectory directory;

    abstract HikariDataSource createStore(Path temp);

    @BeforeEach
    void load() throws Exception {
        store = createStore(temp);
        Path input = temp.resolve("input");
        SampleBrokerageAccess.writeClean(input);
        new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        directory = new ClientDirectory(JdbcClient.create(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void pagesClientsInIdOrderWithBranchAndManagerNames() {
        assertThat(directory.count()).isEqualTo(3);
        assertThat(directory.page(0, 2))
                .containsExactly(
                        new ClientSummary("C001", "张三", "上海浦东营业部", "王经理", LocalDate.of(2018, 3, 1), "C4", "ACTIVE"),
                        new ClientSummary("C002", "李四", "北京朝阳营业部", null, LocalDate.of(2019, 7, 15), null, "ACTIVE"));
        assertThat(directory.page(1, 2)).extracting(ClientSummary::customerId).containsExactly("C003");
        assertThat(directory.page(5, 2)).isEmpty();
    }
}
