package org.juesuan.etl.template;

/** A template file that cannot be used, naming the file and the key at fault. */
public class TemplateException extends RuntimeException {

	public TemplateException(String source, String key, String problem) {
		super("template " + source + ": " + key + ": " + problem);
	}
}
