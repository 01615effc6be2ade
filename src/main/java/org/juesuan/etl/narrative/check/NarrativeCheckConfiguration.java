package org.juesuan.etl.narrative.check;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds where the working directory's narrative vocabulary and mapping live
 * ({@code juesuan.narrative.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NarrativeProperties.class)
class NarrativeCheckConfiguration {

}
