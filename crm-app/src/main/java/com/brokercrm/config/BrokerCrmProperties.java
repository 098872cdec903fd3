package com.brokercrm.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code brokercrm.}.
 *
 * @param dataDir folder for the embedded database and generated files (default {@code ./data})
 */
@ConfigurationProperties("brokercrm")
public record BrokerCrmProperties(@DefaultValue("./data") Path dataDir) {}
