package org.juesuan.etl.aggregate;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link AggregateProperties} ({@code juesuan.district}, {@code juesuan.groups}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateProperties.class)
class AggregateConfiguration {

}
