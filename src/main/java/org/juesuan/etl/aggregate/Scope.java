package org.juesuan.etl.aggregate;

import java.util.List;

/**
 * What a district output covers: a year and a group of departments
 * ({@link AggregateProperties#WHOLE_DISTRICT} for all of them, with no member list).
 */
public record Scope(int year, String group, List<String> members) {

	public Scope {
		group = group == null ? AggregateProperties.WHOLE_DISTRICT : group;
		members = List.copyOf(members);
	}

	public static Scope of(int year, String group, AggregateProperties properties) {
		return new Scope(year, group, properties.members(group));
	}

	boolean wholeDistrict() {
		return members.isEmpty();
	}

	boolean includes(String department) {
		return wholeDistrict() || members.contains(department);
	}

	/**
	 * The file name's stem for this scope, e.g. {@code district-2024} or
	 * {@code district-2024-街道}.
	 */
	String stem(String kind) {
		return kind + "-" + year + (wholeDistrict() ? "" : "-" + group.replaceAll("[\\\\/:*?\"<>|\\s]", "_"));
	}
}
