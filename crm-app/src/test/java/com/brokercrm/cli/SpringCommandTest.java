package com.brokercrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The connection pool a command gets: cold for the short commands, warm for the server. */
class SpringCommandTest {

    @TempDir
    Path temp;

    private SpringCommand command(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--brokercrm.data-dir=" + temp.resolve("data");
        args[1] = "--server.port=0";
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new SpringCommand(args) {};
    }

    @Test
    void aCommandWithoutTheServerKeepsOneIdleConnectionAndTheServerKeepsItsPoolWarm() {
        try (ConfigurableApplicationContext context = command().startWithoutWeb()) {
            assertThat(context.getBean(HikariDataSource.class).getMinimumIdle()).isEqualTo(1);
        }
        try (ConfigurableApplicationContext context = command().startWeb()) {
            HikariDataSource pool = context.getBean(HikariDataSource.class);
            assertThat(pool.getMinimumIdle())
                    .isEqualTo(pool.getMaximumPoolSize())
                    .isEqualTo(10);
        }
    }

    @Test
    void theCommandLineCanStillSetThePool() {
        try (ConfigurableApplicationContext context =
                command("--spring.datasource.hikari.minimum-idle=3").startWithoutWeb()) {
            assertThat(context.getBean(HikariDataSource.class).getMinimumIdle()).isEqualTo(3);
        }
    }
}
