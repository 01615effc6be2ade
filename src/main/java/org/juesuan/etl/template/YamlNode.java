package org.juesuan.etl.template;

import java.util.List;
import java.util.Map;

/**
 * Typed access to one mapping of a YAML configuration file, failing with the file and key
 * named.
 */
public record YamlNode(String source, String path, Map<?, ?> map) {

	public String string(String key) {
		Object value = map.get(key);
		if (value == null || value.toString().isBlank()) {
			throw new ConfigException(source, key(key), "is required");
		}
		return value.toString();
	}

	public String optionalString(String key) {
		Object value = map.get(key);
		return value == null ? null : value.toString();
	}

	public int integer(String key) {
		Object value = map.get(key);
		if (!(value instanceof Number number)) {
			throw new ConfigException(source, key(key), "must be a number, found " + value);
		}
		return number.intValue();
	}

	/** The number under {@code key}, or {@code fallback} when the key is absent. */
	public int optionalInteger(String key, int fallback) {
		return map.containsKey(key) ? integer(key) : fallback;
	}

	public boolean flag(String key) {
		Object value = map.get(key);
		if (value != null && !(value instanceof Boolean)) {
			throw new ConfigException(source, key(key), "must be true or false, found " + value);
		}
		return Boolean.TRUE.equals(value);
	}

	public List<String> strings(String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new ConfigException(source, key(key), "must be a list, found " + value);
		}
		return list.stream().map(String::valueOf).toList();
	}

	/**
	 * The regular expressions listed under {@code key}, compiled; a bad one fails with
	 * the file and key named.
	 */
	public List<java.util.regex.Pattern> patterns(String key) {
		return strings(key).stream().map(p -> {
			try {
				return java.util.regex.Pattern.compile(p);
			}
			catch (java.util.regex.PatternSyntaxException e) {
				throw new ConfigException(source, key(key), "bad pattern " + p + ": " + e.getDescription(), e);
			}
		}).toList();
	}

	public List<YamlNode> nodes(String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new ConfigException(source, key(key), "must be a list of mappings");
		}
		return java.util.stream.IntStream.range(0, list.size()).mapToObj(i -> {
			if (!(list.get(i) instanceof Map<?, ?> m)) {
				throw new ConfigException(source, key(key) + "[" + i + "]", "must be a mapping");
			}
			return new YamlNode(source, key(key) + "[" + i + "]", m);
		}).toList();
	}

	public Map<?, ?> mapping(String key) {
		Object value = map.get(key);
		if (!(value instanceof Map<?, ?> m)) {
			throw new ConfigException(source, key(key), "must be a mapping");
		}
		return m;
	}

	public String key(String key) {
		return path.isEmpty() ? key : path + "." + key;
	}
}
