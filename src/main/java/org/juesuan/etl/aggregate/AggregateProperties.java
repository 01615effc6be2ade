package org.juesuan.etl.aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the district outputs consolidate and how they name it.
 *
 * @param district the district's name, as the consolidated tables' 编制单位 (default
 * {@value #DEFAULT_DISTRICT})
 * @param groups named groups of departments consolidated beside the whole district,
 * written {@code "[街道]": [部门名, …]} (brackets keep a Chinese key whole); the whole
 * district is the group {@value #WHOLE_DISTRICT}, which no configured group may be called
 */
@ConfigurationProperties("juesuan")
public record AggregateProperties(String district, Map<String, List<String>> groups) {

	public static final String WHOLE_DISTRICT = "全区";

	public static final String DEFAULT_DISTRICT = "全区汇总";

	public AggregateProperties {
		district = district == null || district.isBlank() ? DEFAULT_DISTRICT : district.strip();
		groups = groups == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(groups));
		if (groups.keySet().stream().anyMatch(k -> k.matches("\\d+"))) {
			// Spring drops the characters of a map key it cannot bind (all of a Chinese
			// name) unless bracketed.
			throw new IllegalArgumentException("juesuan.groups: 中文组名须写在方括号和引号中，如 \"[街道]\": [部门名, …]");
		}
		if (groups.containsKey(WHOLE_DISTRICT)) {
			throw new IllegalArgumentException("juesuan.groups: 组名 " + WHOLE_DISTRICT + " 保留给全区汇总");
		}
		groups.forEach((name, members) -> {
			if (members == null || members.isEmpty()) {
				throw new IllegalArgumentException("juesuan.groups." + name + ": 未列出任何部门");
			}
		});
	}

	/** The departments of {@code group}, or an empty list for the whole district. */
	public List<String> members(String group) {
		if (group == null || WHOLE_DISTRICT.equals(group)) {
			return List.of();
		}
		List<String> members = groups.get(group);
		if (members == null) {
			throw new IllegalArgumentException("没有名为 " + group + " 的部门组（juesuan.groups）");
		}
		return members;
	}
}
