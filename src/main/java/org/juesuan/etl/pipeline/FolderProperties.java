package org.juesuan.etl.pipeline;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working folders of a run, resolved against the working directory.
 *
 * @param input the default input folder of {@code import} and {@code schedule} (default
 * {@value #DEFAULT_INPUT})
 * @param output where runs write their reports, outputs and log (default
 * {@value #DEFAULT_OUTPUT}; the packaged {@code application.yml} repeats it once, as the
 * log file's fallback, because logging starts before binding)
 */
@ConfigurationProperties("juesuan")
public record FolderProperties(String input, String output) {

	public static final String DEFAULT_INPUT = "input";

	public static final String DEFAULT_OUTPUT = "output";

	public static final FolderProperties DEFAULT = new FolderProperties(null, null);

	public FolderProperties {
		input = input == null || input.isBlank() ? DEFAULT_INPUT : input;
		output = output == null || output.isBlank() ? DEFAULT_OUTPUT : output;
	}

	public Path inputFolder() {
		return Path.of(input);
	}

	public Path outputFolder() {
		return Path.of(output);
	}
}
