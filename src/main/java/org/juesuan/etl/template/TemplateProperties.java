package org.juesuan.etl.template;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which template set a package is read with, and where the working directory's templates
 * live.
 *
 * @param set {@value #AUTO} (each package's set is detected from its tables among every
 * set found), or a set's folder name, e.g. {@code sichuan-2024}, to fix it for the
 * district
 * @param dir folder whose {@code <set>/} files add to or override the packaged ones, and
 * may hold sets of its own
 */
@ConfigurationProperties("juesuan.templates")
public record TemplateProperties(String set, String dir) {

	public static final String AUTO = "auto";

	public TemplateProperties {
		set = set == null || set.isBlank() ? AUTO : set.strip();
		dir = dir == null ? "config/templates" : dir;
	}

	boolean auto() {
		return AUTO.equals(set);
	}
}
