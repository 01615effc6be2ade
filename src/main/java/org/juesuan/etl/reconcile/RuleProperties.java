package org.juesuan.etl.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the working directory's rule files live ({@code config/rules}); they add to or
 * override the packaged ones.
 */
@ConfigurationProperties("juesuan.rules")
public record RuleProperties(String dir) {

	public RuleProperties {
		dir = dir == null ? "config/rules" : dir;
	}
}
