package org.juesuan.etl.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.model.TableFigures;
import org.juesuan.etl.template.TemplateSets;
import org.juesuan.etl.template.Text;

/**
 * Checks that are not sums, switched on and given their severity by rule files
 * ({@code check: builtin:<name>}): {@code same-name} (a code has one name in every
 * table), {@code empty-statement} (an all-zero T10–T12 says it is empty),
 * {@code statement-with-data} (a table that says it is empty holds no amounts),
 * {@code unit-consistency} (every table of a package states the same 金额单位).
 */
final class BuiltinChecks {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	static final Set<String> NAMES = Set.of("same-name", "empty-statement", "statement-with-data", "unit-consistency");

	private static final Set<Integer> OPTIONAL_TABLES = Set.of(10, 11, 12);

	private final TemplateSets templates;

	BuiltinChecks(TemplateSets templates) {
		this.templates = templates;
	}

	List<Finding> run(Rule rule, FigureIndex index) {
		return switch (rule.builtin()) {
			case "same-name" -> sameName(rule, index);
			case "empty-statement" -> emptyStatements(rule, index, false);
			case "statement-with-data" -> emptyStatements(rule, index, true);
			default -> unitConsistency(rule, index);
		};
	}

	private List<Finding> sameName(Rule rule, FigureIndex index) {
		Map<String, Map<String, List<String>>> names = new TreeMap<>();
		for (TableFigures t : index.tables()) {
			for (String key : t.rowKeys()) {
				if (DIGITS.matcher(key).matches()) {
					names.computeIfAbsent(key, k -> new LinkedHashMap<>())
						.computeIfAbsent(Text.label(t.label(key)), n -> new ArrayList<>())
						.add(title(index, t.number()));
				}
			}
		}
		List<Finding> findings = new ArrayList<>();
		names.forEach((code, byName) -> {
			if (byName.size() > 1) {
				String detail = byName.entrySet()
					.stream()
					.map(e -> String.join("、", e.getValue()) + "作“" + e.getKey() + "”")
					.collect(Collectors.joining("；"));
				findings.add(finding(rule, index, null, code, "科目 " + code + " 在各表中名称不一致：" + detail, code));
			}
		});
		return findings;
	}

	private List<Finding> emptyStatements(Rule rule, FigureIndex index, boolean withData) {
		List<Finding> findings = new ArrayList<>();
		for (TableFigures t : index.tables()) {
			boolean allZero = t.rowKeys()
				.stream()
				.allMatch(r -> t.columns()
					.stream()
					.allMatch(c -> t.figure(r, c).map(Figure::amountYuan).map(BigDecimal::signum).orElse(0) == 0));
			String statement = t.facts().statement();
			if (!withData && OPTIONAL_TABLES.contains(t.number()) && allZero && statement == null) {
				findings.add(finding(rule, index, t.number(), null, title(index, t.number()) + "无数据，但未注明“本表无数据”的说明",
						t.facts().sheet()));
			}
			if (withData && statement != null && !allZero) {
				findings.add(finding(rule, index, t.number(), null,
						title(index, t.number()) + "注明“" + statement + "”，但表中有金额", t.facts().sheet()));
			}
		}
		return findings;
	}

	private List<Finding> unitConsistency(Rule rule, FigureIndex index) {
		Map<String, Long> units = index.tables()
			.stream()
			.collect(Collectors.groupingBy(t -> t.facts().unit(), Collectors.counting()));
		if (units.size() < 2) {
			return List.of();
		}
		String usual = units.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		return index.tables()
			.stream()
			.filter(t -> !t.facts().unit().equals(usual))
			.map(t -> finding(rule, index, t.number(), null,
					title(index, t.number()) + "金额单位为" + t.facts().unit() + "，其余各表为" + usual, t.facts().sheet()))
			.toList();
	}

	private Finding finding(Rule rule, FigureIndex index, Integer table, String rowRef, String message,
			String location) {
		return new Finding(rule.id(), rule.severity(), rule.kind(), table == null ? null : String.valueOf(table),
				rowRef, null, message, null, null, null, location, null, Fingerprint.of(rule.id(), index.department(),
						String.valueOf(index.year()), String.valueOf(table), String.valueOf(rowRef)));
	}

	private String title(FigureIndex index, int table) {
		return index.title(table).orElseGet(() -> templates.canonicalTitle(table));
	}

}
