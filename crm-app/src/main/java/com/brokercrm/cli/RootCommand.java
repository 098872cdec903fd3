package com.brokercrm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "brokercrm",
        mixinStandardHelpOptions = true,
        version = "BrokerCRM 0.1.0",
        description = "Customer relationship management for securities brokerages.",
        footer = {
            "",
            "Settings: --brokercrm.data-dir=DIR (default ./data), --spring.profiles.active=postgres,",
            "--server.port=PORT; environment variables work too (BROKERCRM_DATA_DIR, ...)."
        },
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            ImportCommand.class,
            ScoreCommand.class,
            GenerateCommand.class,
            ExportCommand.class,
            UserCommand.class,
            MotCommand.class,
            BenchCommand.class
        })
class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
