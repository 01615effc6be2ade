package org.juesuan.etl.narrative;

import java.util.List;
import java.util.Objects;

/**
 * What a figure is about: a name, and the 类/款/项 words as written when the name is a
 * classification path.
 */
record Subject(String name, List<String> path) {

	Subject {
		Objects.requireNonNull(name, "name");
		path = List.copyOf(path);
	}

	static Subject of(String name) {
		return new Subject(name, List.of());
	}
}
