package org.juesuan.etl.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analysts' read-only query path (its own account, URL, timeout and row cap), the run
 * lock and the store's timeouts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QueryProperties.class, LockProperties.class, StoreProperties.class })
class StoreConfiguration {

	@Bean
	ReadOnlyQuery readOnlyQuery(QueryProperties properties, @Value("${spring.datasource.url}") String storeUrl) {
		return ReadOnlyQuery.forStore(properties, storeUrl);
	}

}
