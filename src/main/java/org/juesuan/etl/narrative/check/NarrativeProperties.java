package org.juesuan.etl.narrative.check;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the working directory's narrative vocabulary and mapping live; they replace the
 * packaged ones file by file.
 */
@ConfigurationProperties("juesuan.narrative")
public record NarrativeProperties(String dir) {

	public NarrativeProperties {
		dir = dir == null ? "config/narrative" : dir;
	}
}
