package com.brokercrm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Entry point of the command line. Spring-style settings ({@code --brokercrm.data-dir=DIR},
 * {@code --spring.profiles.active=postgres}, {@code --server.port=9090}) may stand anywhere and go to
 * Spring; everything else is the command and its options.
 */
public final class Cli {

    /** Exit code meaning: a server is running, do not exit. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private Cli() {}

    public static int run(String[] args) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            if (isSpringSetting(arg)) {
                springArgs.add(arg);
            } else {
                commandArgs.add(arg);
            }
        }
        CommandLine commandLine = commandLine(springArgs.toArray(String[]::new));
        return commandLine.execute(commandArgs.toArray(String[]::new));
    }

    static CommandLine commandLine(String[] springArgs) {
        CommandLine commandLine = new CommandLine(new RootCommand(), new CommandFactory(springArgs));
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            failed.usage(err);
            err.flush();
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return 1;
        });
        return commandLine;
    }

    static boolean isSpringSetting(String arg) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
            return false;
        }
        String key = arg.substring(2, arg.indexOf('='));
        return key.contains(".");
    }

    /** Gives each command the Spring settings from the command line. */
    private record CommandFactory(String[] springArgs) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (SpringCommand.class.isAssignableFrom(type)) {
                return type.getDeclaredConstructor(String[].class).newInstance((Object) springArgs);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
