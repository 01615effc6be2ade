package org.juesuan.etl.template;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A complete, validated set of table templates (e.g. {@code sichuan-2024},
 * {@code national-2024}): its tables in its own numbering, each mapped onto the canonical
 * model, its vocabulary, and the words of the heading of the narrative part that explains
 * the tables (情况说明), whatever that part's number.
 *
 * @param name the set's folder name
 * @param description what the set is, e.g. 四川省部门决算公开 13 张附表
 * @param narrativePart words one of which the heading of the narrative's 情况说明 part holds
 */
public record TemplateSet(String name, String description, List<String> narrativePart, Vocabulary vocabulary,
		List<TableTemplate> tables) {

	public TemplateSet {
		description = description == null ? name : description;
		narrativePart = List.copyOf(narrativePart);
		tables = tables.stream().sorted(Comparator.comparingInt(TableTemplate::number)).toList();
	}

	/** The table of this set's own number. */
	public Optional<TableTemplate> table(int number) {
		return tables.stream().filter(t -> t.number() == number).findFirst();
	}

	/**
	 * This set's table that stands for canonical table {@code canonical}, if the set has
	 * one.
	 */
	public Optional<TableTemplate> canonical(int canonical) {
		return tables.stream().filter(t -> t.canonical() == canonical).findFirst();
	}
}
