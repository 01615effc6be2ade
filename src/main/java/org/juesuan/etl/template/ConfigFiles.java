package org.juesuan.etl.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where a configuration file comes from, the same for templates, rules and the narrative
 * vocabulary and mapping. A kind ({@code templates}, {@code rules}, {@code narrative}) is
 * packaged in the jar under {@code classpath:<kind>/} and may be overridden by the
 * working directory's folder of that kind ({@code juesuan.<kind>.dir}, by default
 * {@code config/<kind>}). For a template set each file name is resolved once, the first
 * found winning:
 * <ol>
 * <li>{@code
 *
<dir>
 * /<set>/<name>} (the working directory, the set's own)</li>
 * <li>{@code classpath:<kind>/<set>/<name>}</li>
 * <li>{@code
 *
<dir>
 * /<name>} (the working directory, shared by every set)</li>
 * <li>{@code classpath:<kind>/<name>}</li>
 * </ol>
 * so a working-directory file overrides the packaged one of the same name and level, file
 * by file, and the other files stay. Every message names the file by
 * {@link #source(Resource)}.
 */
public final class ConfigFiles {

	private ConfigFiles() {
	}

	/**
	 * Every file of a kind for {@code set} (or the shared level alone when {@code set} is
	 * null): name → resource, in name order.
	 */
	public static Map<String, Resource> resolve(String kind, Path dir, String set) {
		Map<String, Resource> files = list(kind, dir);
		if (set != null) {
			files.putAll(list(kind + "/" + set, dir.resolve(set)));
		}
		return files;
	}

	/**
	 * One file of a kind for {@code set} (null: the shared level), or empty when no level
	 * has it.
	 */
	public static Optional<Resource> find(String kind, Path dir, String set, String name) {
		return Optional.ofNullable(resolve(kind, dir, set).get(name));
	}

	/** One file that must exist, failing with where it was looked for. */
	public static Resource require(String kind, Path dir, String set, String name) {
		return find(kind, dir, set, name)
			.orElseThrow(() -> new ConfigException(where(kind, dir, set), name, "not found"));
	}

	/** The folders searched for a file of a kind, in order, as the messages name them. */
	static String where(String kind, Path dir, String set) {
		String local = dir.toString().replace('\\', '/');
		return set == null ? local + "/ or classpath:" + kind + "/" : local + "/" + set + "/, classpath:" + kind + "/"
				+ set + "/, " + local + "/ or classpath:" + kind + "/";
	}

	/**
	 * The files of one folder, the working directory's replacing the packaged ones of the
	 * same name.
	 */
	private static Map<String, Resource> list(String classpathFolder, Path localFolder) {
		Map<String, Resource> files = new TreeMap<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + classpathFolder + "/*.yml")) {
				files.put(r.getFilename(), new ClassPathResource(classpathFolder + "/" + r.getFilename()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (Files.isDirectory(localFolder)) {
			try (Stream<Path> paths = Files.list(localFolder)) {
				paths.filter(p -> p.toString().endsWith(".yml"))
					.forEach(p -> files.put(p.getFileName().toString(), new FileSystemResource(p)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}

	/**
	 * How a file is named in messages: its path in the working directory, or
	 * {@code classpath:<kind>/…} for a packaged one.
	 */
	public static String source(Resource resource) {
		if (resource instanceof FileSystemResource f) {
			return f.getPath();
		}
		return resource instanceof ClassPathResource c ? "classpath:" + c.getPath()
				: "classpath:" + resource.getFilename();
	}

	/** The text of one file, failing with the file named. */
	public static String text(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new ConfigException(source(resource), "(file)", e.getMessage(), e);
		}
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
		}
		catch (IOException e) {
			throw new ConfigException(source, "(file)", e.getMessage(), e);
		}
		catch (org.yaml.snakeyaml.error.YAMLException e) {
			throw new ConfigException(source, "(syntax)", e.getMessage(), e);
		}
	}

}
