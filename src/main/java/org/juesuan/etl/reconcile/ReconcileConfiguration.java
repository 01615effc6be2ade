package org.juesuan.etl.reconcile;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the rule catalogue once at start-up: a broken rule file stops the run before any data. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RuleProperties.class, NarrativeProperties.class})
class ReconcileConfiguration {

	@Bean
	RuleCatalogue ruleCatalogue(RuleProperties properties) {
		return new RuleCatalogue(RuleLoader.load(properties));
	}
}
