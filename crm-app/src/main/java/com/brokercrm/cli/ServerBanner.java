package com.brokercrm.cli;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

final class ServerBanner {

    private ServerBanner() {}

    static void print(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println();
        System.out.println("BrokerCRM is up: http://localhost:" + port + "/");
        System.out.println("Stop it with Ctrl+C.");
    }
}
