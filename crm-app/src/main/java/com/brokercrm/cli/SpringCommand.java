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
        return start(WebApplicationType.SERVLET);
    }

    protected ConfigurableApplicationContext startWithoutWeb() {
        return start(WebApplicationType.NONE);
    }

    private ConfigurableApplicationContext start(WebApplicationType type) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(BrokerCrm.class).web(type);
        if (type == WebApplicationType.NONE) {
            // A command without the server uses one or two connections and ends soon; a pool filling its
            // other connections in the background at start raced with the close of a short command (import,
            // score): a connection still being added after the pool closed kept the DuckDB file open, and it
            // was written after the command had returned. The server keeps its pool warm. (A default: the
            // command line can still set it.)
            builder.properties("spring.datasource.hikari.minimum-idle=1");
        }
        try {
            return builder.run(springArgs);
        } catch (RuntimeException e) {
            throw new IllegalStateException("BrokerCRM could not start: " + rootCause(e), e);
        }
    }

    /** The innermost message, which names what is actually wrong (a locked file, a refused connection). */
    static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (message.contains("Could not set lock on file")) {
            return message + " — another BrokerCRM process has this data folder open; stop it first"
                    + " or use another --brokercrm.data-dir";
        }
        return message;
    }
}
