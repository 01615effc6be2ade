package org.juesuan.etl.template;

/**
 * A configuration file (template, rule, narrative mapping) that cannot be used, naming
 * the file and the key at fault.
 */
public class ConfigException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConfigException(String source, String key, String problem) {
		super("config file " + source + ": " + key + ": " + problem);
	}

	/** As above, keeping the exception that showed the problem as the cause. */
	public ConfigException(String source, String key, String problem, Throwable cause) {
		super("config file " + source + ": " + key + ": " + problem, cause);
	}

}
