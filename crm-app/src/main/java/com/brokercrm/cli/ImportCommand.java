package com.brokercrm.cli;

import com.brokercrm.ingest.FolderImportReport;
import com.brokercrm.ingest.ImportService;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Load a folder of core-system files (import format v1) into the store.",
            "Bad rows go to <file>.rejects.csv with line number and reason; the good rows load.",
            "Exit 0 when every file could be read (rejects included), 1 when a file could not be read."
        })
class ImportCommand extends SpringCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder holding branches.csv, customers.csv, trades.csv, ...")
    Path folder;

    @Option(
            names = "--charset",
            defaultValue = "UTF-8",
            converter = Charsets.class,
            description = "Encoding of the files: UTF-8 (default) or GB18030.")
    Charset charset;

    ImportCommand(String[] springArgs) {
        super(springArgs);
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            System.err.println("error: no such folder: " + folder.toAbsolutePath());
            return 1;
        }
        try (ConfigurableApplicationContext context = startWithoutWeb()) {
            FolderImportReport report =
                    context.getBean(ImportService.class).importFolder(folder, charset, new ConsoleProgress(System.out));
            return Reports.print(report);
        }
    }
}
