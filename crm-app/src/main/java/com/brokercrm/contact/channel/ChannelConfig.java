package com.brokercrm.contact.channel;

import com.brokercrm.contact.survey.SurveyProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ChannelProperties.class, SurveyProperties.class})
class ChannelConfig {}
