package org.juesuan.etl.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one {@code t<NN>.yml} mapping into a {@link TableTemplate}, validating as it
 * goes.
 */
final class TableTemplateParser {

	private TableTemplateParser() {
	}

	static TableTemplate parse(YamlNode node) {
		String title = node.string("title");
		List<String> titles = new ArrayList<>(List.of(Text.normalize(title)));
		node.strings("aliases").forEach(a -> titles.add(Text.normalize(a)));
		boolean singleRow = node.flag("single-row");
		List<PanelSpec> panels = node.map().containsKey("panels")
				? node.nodes("panels").stream().map(p -> panel(p, singleRow)).toList()
				: List.of(new PanelSpec("表", columns(node, singleRow), List.of(), false));
		if (panels.isEmpty()) {
			throw new ConfigException(node.source(), "panels", "must list at least one panel");
		}
		int number = node.integer("number");
		return new TableTemplate(number, node.optionalInteger("canonical", number), node.flag("optional"), title,
				titles, normalized(node.strings("labels")), normalized(node.strings("signature")), panels,
				node.flag("repeat-panels"), singleRow, node.patterns("empty-statements"), node.source());
	}

	private static PanelSpec panel(YamlNode node, boolean singleRow) {
		List<RowSpec> rows = node.nodes("rows")
			.stream()
			.map(r -> new RowSpec(r.string("label"), normalizedLabels(r.strings("aliases")), r.optionalString("after")))
			.toList();
		return new PanelSpec(node.string("name"), columns(node, singleRow), rows,
				"functional".equals(node.optionalString("classes")));
	}

	private static List<ColumnSpec> columns(YamlNode node, boolean singleRow) {
		List<YamlNode> columns = node.nodes("columns");
		if (columns.isEmpty()) {
			throw new ConfigException(node.source(), node.key("columns"), "must list at least one column");
		}
		return columns.stream().map(c -> column(c, singleRow)).toList();
	}

	private static ColumnSpec column(YamlNode node, boolean singleRow) {
		String row = singleRow ? node.string("row") : null;
		List<List<List<String>>> alternatives = node.strings("header")
			.stream()
			.map(h -> Arrays.stream(h.split("/"))
				.map(seg -> Arrays.stream(seg.split("\\|")).map(Text::normalize).toList())
				.toList())
			.toList();
		if (alternatives.isEmpty()) {
			throw new ConfigException(node.source(), node.key("header"), "must list at least one header text");
		}
		return new ColumnSpec(node.string("name"), row, alternatives);
	}

	private static List<String> normalized(List<String> texts) {
		return texts.stream().map(Text::normalize).toList();
	}

	private static List<String> normalizedLabels(List<String> texts) {
		return texts.stream().map(Text::label).toList();
	}

}
