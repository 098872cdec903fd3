package com.brokercrm.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web application on the data folder's store.")
class ServeCommand extends SpringCommand implements Callable<Integer> {

    ServeCommand(String[] springArgs) {
        super(springArgs);
    }

    @Override
    public Integer call() {
        ConfigurableApplicationContext context = startWeb();
        ServerBanner.print(context);
        if (!context.getBean(com.brokercrm.security.UserAccounts.class).any()) {
            System.out.println("No users yet: create the first administrator with");
            System.out.println("  java -jar brokercrm.jar user add admin --role HQ_ADMIN");
        }
        return Cli.KEEP_RUNNING;
    }
}
