package com.brokercrm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print ratios against a baseline measured in the same run.",
        subcommands = {
            BenchImportCommand.class,
            BenchScoreCommand.class,
            BenchProfileCommand.class,
            BenchWebCommand.class,
            BenchSearchCommand.class
        })
class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: name a benchmark");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
