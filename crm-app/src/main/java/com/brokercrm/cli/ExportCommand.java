package com.brokercrm.cli;

import com.brokercrm.ingest.TableExporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write a core table as CSV in the import format (so it can be imported again unchanged).",
            "Tables: branch, staff, security, customer, price_daily, trade, fund_flow, daily_asset, holding,",
            "contact, churn_event, market_volume."
        })
class ExportCommand extends SpringCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", description = "Core table to export.")
    String table;

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ExportCommand(String[] springArgs) {
        super(springArgs);
    }

    @Override
    public Integer call() throws Exception {
        if (!TableExporter.TABLES.contains(table)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "unknown table '" + table + "'; one of " + String.join(", ", TableExporter.TABLES));
        }
        try (ConfigurableApplicationContext context = startWithoutWeb()) {
            context.getBean(com.brokercrm.compliance.AuditLog.class)
                    .record(
                            UserCommand.operator(),
                            null,
                            com.brokercrm.compliance.AuditAction.EXPORT,
                            "table",
                            table,
                            "to " + out.toAbsolutePath(),
                            "cli",
                            com.brokercrm.compliance.AuditOutcome.OK);
            long rows = context.getBean(TableExporter.class).export(table, out);
            System.out.printf("%,d rows of %s written to %s%n", rows, table, out);
            return 0;
        }
    }
}
