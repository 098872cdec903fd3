package com.brokercrm.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    BrokerCrmProperties.class,
    com.brokercrm.customer.CustomerProperties.class,
    com.brokercrm.service.MotProperties.class,
    com.brokercrm.contact.CallCenterProperties.class,
    com.brokercrm.service.CareProperties.class
})
@org.springframework.scheduling.annotation.EnableScheduling
class AppConfig {

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
            name = "brokercrm.duckdb.statement-cache",
            havingValue = "true",
            matchIfMissing = true)
    static org.springframework.beans.factory.config.BeanPostProcessor duckDbStatementCaching() {
        return new DuckDbStatementCaching();
    }

    /** Picks the migrations for the engine actually behind the data source, whatever the URL or profile. */
    @Bean
    FlywayConfigurationCustomizer engineMigrations() {
        return Migrations::forEngineOf;
    }
}
