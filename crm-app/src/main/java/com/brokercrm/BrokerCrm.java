package com.brokercrm;

import com.brokercrm.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** BrokerCRM: one executable jar; the first argument names the command (see {@code --help}). */
@SpringBootApplication
public class BrokerCrm {

    public static void main(String[] args) {
        int exit = Cli.run(args);
        if (exit != Cli.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
