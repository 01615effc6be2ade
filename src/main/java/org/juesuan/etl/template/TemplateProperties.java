package org.juesuan.etl.template;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which template set to use and where the working directory's templates live.
 *
 * @param set the set's folder name, e.g. {@code sichuan-2024}
 * @param dir folder whose {@code <set>/} files add to or override the packaged ones
 */
@ConfigurationProperties("juesuan.templates")
public record TemplateProperties(String set, String dir) {

	public TemplateProperties {
		set = set == null ? "sichuan-2024" : set;
		dir = dir == null ? "config/templates" : dir;
	}
}
