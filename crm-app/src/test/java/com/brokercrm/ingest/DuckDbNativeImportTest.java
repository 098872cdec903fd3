package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole import contract again on DuckDB, with every file first offered to DuckDB's own reader: clean
 * files load natively, every file with a problem is declined and read the Java way, so rejects, counts and
 * stored values are the same as in {@link DuckDbImportTest}.
 */
class DuckDbNativeImportTest extends ImportContractTest {

    @Override
    HikariDataSource createStore(Path temp) {
        return TestStore.duckDb(temp);
    }

    @Override
    ImportService createImporter(HikariDataSource store) {
        return new ImportService(store, 0);
    }

    @Test
    void cleanFilesAreReadByDuckDbAndFaultyOnesTheJavaWay() throws Exception {
        Path dir = temp.resolve("routes");
        SampleBrokerage.writeClean(dir);
        FolderImportReport clean = importFolder(dir);
        for (FileImportReport file : clean.files()) {
            assertThat(file.route())
                    .as(file.fileName() + " declined: " + file.nativeDeclined())
                    .isEqualTo(FileImportReport.Route.NATIVE);
        }
        FolderImportReport again = importFolder(dir);
        for (FileImportReport file : again.files()) {
            assertThat(file.route()).as(file.fileName()).isEqualTo(FileImportReport.Route.NATIVE);
            assertThat(file.unchanged()).as(file.fileName()).isEqualTo(file.rowsRead());
        }

        SampleBrokerage.write(dir, "fund_flows.csv", """
                flow_id,customer_id,flow_date,direction,amount,kind
                F1,C001,2025-01-02,IN,50000.00,BANK_TRANSFER
                F2,C003,2025-01-03,OUT,0.00,BANK_TRANSFER
                """);
        FileImportReport faulty = report(importFolder(dir), "fund_flows.csv");
        assertThat(faulty.route()).isEqualTo(FileImportReport.Route.JAVA);
        assertThat(faulty.nativeDeclined()).contains("line 3").contains("amount");
        assertThat(faulty.rejected()).isEqualTo(1);
    }
}
