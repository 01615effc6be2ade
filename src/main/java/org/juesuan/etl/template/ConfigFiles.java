package org.juesuan.etl.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The YAML files of a configuration folder: those packaged in the jar under {@code classpath:<folder>/}, then
 * those of the working directory's {@code <dir>/}, a local file replacing the packaged one of the same name.
 */
public final class ConfigFiles {

	private ConfigFiles() {
	}

	/** File name → resource, in name order. */
	public static Map<String, Resource> list(String classpathFolder, Path localFolder) {
		Map<String, Resource> files = new TreeMap<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + classpathFolder + "/*.yml")) {
				files.put(r.getFilename(), r);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (Files.isDirectory(localFolder)) {
			try (Stream<Path> paths = Files.list(localFolder)) {
				paths.filter(p -> p.toString().endsWith(".yml")).forEach(p -> files.put(p.getFileName().toString(), new FileSystemResource(p)));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}

	/** How a file is named in messages: its path, or {@code classpath:<name>} for a packaged one. */
	public static String source(Resource resource) {
		return resource instanceof FileSystemResource f ? f.getPath() : "classpath:" + resource.getFilename();
	}

	/** Parses one file to its root mapping, failing with the file named. */
	public static YamlNode read(Resource resource) {
		String source = source(resource);
		try (InputStream in = resource.getInputStream()) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			if (!(root instanceof Map<?, ?> map)) {
				throw new ConfigException(source, "(root)", "must be a mapping");
			}
			return new YamlNode(source, "", map);
		} catch (IOException e) {
			throw new ConfigException(source, "(file)", e.getMessage(), e);
		} catch (org.yaml.snakeyaml.error.YAMLException e) {
			throw new ConfigException(source, "(syntax)", e.getMessage(), e);
		}
	}
}
