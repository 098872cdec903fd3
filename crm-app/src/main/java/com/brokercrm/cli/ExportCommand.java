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
            "Write a core table as CSV in the import format (so it can be imported again unchanged), or the",
            "results of a score run: 'profiles' (every client's scores and classes, one 0/1 column per habit",
            "and need tag) or 'indicators' (every indicator column), as of --as-of (default: the latest).",
            "Tables: branch, staff, security, customer, price_daily, trade, fund_flow, daily_asset, holding,",
            "contact, churn_event, market_volume; profiles, indicators."
        })
class ExportCommand extends SpringCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", description = "Core table, profiles or indicators.")
    String table;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "For profiles and indicators: the as-of date (default: the latest scored).")
    java.time.LocalDate asOf;

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ExportCommand(String[] springArgs) {
        super(springArgs);
    }

    @Override
    public Integer call() throws Exception {
        boolean results = table.equals("profiles") || table.equals("indicators");
        if (!results && asOf != null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--as-of applies to profiles and indicators only");
        }
        if (!results && !TableExporter.TABLES.contains(table)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "unknown table '" + table + "'; one of " + String.join(", ", TableExporter.TABLES)
                            + ", profiles, indicators");
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
            if (results) {
                com.brokercrm.profiling.ProfileExport export =
                        context.getBean(com.brokercrm.profiling.ProfileExport.class);
                com.brokercrm.profiling.ProfileExport.Written written = table.equals("profiles")
                        ? export.profiles(java.util.Optional.ofNullable(asOf), out)
                        : export.indicators(java.util.Optional.ofNullable(asOf), out);
                System.out.printf(
                        "%,d rows of %s as of %s written to %s%n", written.rows(), table, written.asOf(), out);
                return 0;
            }
            long rows = context.getBean(TableExporter.class).export(table, out);
            System.out.printf("%,d rows of %s written to %s%n", rows, table, out);
            return 0;
        }
    }
}
