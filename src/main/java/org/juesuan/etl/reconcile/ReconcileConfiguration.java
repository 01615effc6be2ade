package org.juesuan.etl.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.template.TemplateSets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the rule catalogue once at start-up: a broken rule file stops the
 * run before any data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RuleProperties.class)
class ReconcileConfiguration {

	@Bean
	RuleCatalogue ruleCatalogue(RuleProperties properties, TemplateSets templates) {
		Map<String, List<Rule>> bySet = new HashMap<>();
		templates.sets().forEach(s -> bySet.put(s.name(), RuleLoader.load(properties, s.name())));
		return new RuleCatalogue(bySet, RuleLoader.load(properties));
	}

}
