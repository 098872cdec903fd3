package com.brokercrm.cli;

import com.brokercrm.BrokerCrm;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A command that needs the application context: the store, and for some the web server. */
abstract class SpringCommand {

    private final String[] springArgs;

    protected SpringCommand(String[] springArgs) {
        this.springArgs = springArgs;
    }

    protected ConfigurableApplicationContext startWeb() {
        return new SpringApplicationBuilder(BrokerCrm.class)
                .web(WebApplicationType.SERVLET)
                .run(springArgs);
    }

    protected ConfigurableApplicationContext startWithoutWeb() {
        return new SpringApplicationBuilder(BrokerCrm.class)
                .web(WebApplicationType.NONE)
                .run(springArgs);
    }
}
