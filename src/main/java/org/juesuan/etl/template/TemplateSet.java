package org.juesuan.etl.template;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A complete, validated set of table templates (e.g. {@code sichuan-2024}) and its vocabulary. */
public record TemplateSet(String name, Vocabulary vocabulary, List<TableTemplate> tables) {

	public TemplateSet {
		tables = tables.stream().sorted(Comparator.comparingInt(TableTemplate::number)).toList();
	}

	public Optional<TableTemplate> table(int number) {
		return tables.stream().filter(t -> t.number() == number).findFirst();
	}
}
