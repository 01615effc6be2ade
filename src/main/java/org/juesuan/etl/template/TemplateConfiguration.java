package org.juesuan.etl.template;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the template sets once, at start-up, so a broken template stops the
 * run before any data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TemplateProperties.class)
class TemplateConfiguration {

	@Bean
	TemplateSets templateSets(TemplateProperties properties) {
		return TemplateLoader.loadAll(properties);
	}

}
