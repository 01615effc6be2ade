package org.juesuan.etl.reconcile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.Resolved;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.TemplateSets;

/**
 * Turns an outcome into a finding: none when it holds exactly, INFO when rounding
 * explains the difference, the rule's severity beyond that. The message reads as a
 * finance officer would write it, e.g.
 * {@code 支出决算表 2080505 行：本年支出合计 26.44 万元 ≠ 基本支出 16.44 + 项目支出 0.00，差 10.00 万元}.
 */
final class FindingFactory {

	private final TemplateSets templates;

	FindingFactory(TemplateSets templates) {
		this.templates = templates;
	}

	Optional<Finding> finding(Outcome o, FigureIndex index) {
		if (o.violation().signum() <= 0) {
			return Optional.empty();
		}
		boolean rounding = o.violation().compareTo(o.bound()) <= 0;
		Resolved checked = o.checked();
		String unit = checked.unit();
		String message = head(checked, index) + side(o.left(), checked, unit, index) + " " + symbol(o) + " "
				+ side(o.right(), checked, unit, index) + "，差 " + Money.show(o.difference(), unit) + " " + unit
				+ (rounding ? "，在舍入误差 ±" + Money.showExact(o.bound(), unit) + " " + unit + " 以内" : "");
		String rowRef = checked.row();
		return Optional.of(new Finding(o.rule().id(), rounding ? Severity.INFO : o.rule().severity(), o.rule().kind(),
				tables(o), rowRef, checked.column(), message, o.rightSum(), o.leftSum(), o.difference(),
				location(o, index), null, Fingerprint.of(o.rule().id(), index.department(),
						String.valueOf(index.year()), rowRef, checked.column())));
	}

	private String head(Resolved checked, FigureIndex index) {
		String title = title(index, checked.term().table());
		String row = checked.row().matches("\\d+") ? checked.row() + " 行" : checked.rowLabel();
		return (checked.term().previousYear() ? "上年" : "") + title + " " + row + "：";
	}

	/**
	 * A side of the comparison as text; a code row a table does not list shows as 未列示,
	 * absent columns are left out.
	 */
	private String side(List<Resolved> all, Resolved checked, String unit, FigureIndex index) {
		List<Resolved> terms = all.stream()
			.filter(r -> r == checked || !r.figures().isEmpty() || r.columnListed() && r.row().matches("\\d+"))
			.toList();
		if (terms.isEmpty()) {
			return "0.00";
		}
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < terms.size(); i++) {
			Resolved r = terms.get(i);
			s.append(i == 0 ? (r.term().negative() ? "−" : "") : r.term().negative() ? " − " : " + ");
			s.append(describe(r, checked, index))
				.append(' ')
				.append(r.figures().isEmpty() ? "未列示" : Money.show(r.value(), unit));
			if (i == 0 && r == checked) {
				s.append(' ').append(unit);
			}
		}
		return s.toString();
	}

	private String describe(Resolved r, Resolved checked, FigureIndex index) {
		String prefix = r.term().previousYear() != checked.term().previousYear()
				? (r.term().previousYear() ? "上年" : "本年") : "";
		if (r.term().isSelector()) {
			return prefix + (r.term().table() != checked.term().table() ? title(index, r.term().table()) : "")
					+ selector(r.row()) + r.column();
		}
		if (r.term().table() != checked.term().table()) {
			return prefix + title(index, r.term().table()) + " " + r.rowLabel() + " " + r.column();
		}
		if (r.row().equals(checked.row())) {
			return prefix + r.column();
		}
		return prefix + r.rowLabel() + (r.column().equals(checked.column()) ? "" : " " + r.column());
	}

	private static String selector(String row) {
		if (row.startsWith("@children(")) {
			return "下级科目合计 ";
		}
		return switch (row) {
			case "@类" -> "各类合计 ";
			case "@款" -> "各款合计 ";
			case "@项" -> "各项合计 ";
			default -> row + " ";
		};
	}

	private static String symbol(Outcome o) {
		return o.rule().check().operator() == Comparison.Operator.EQUAL ? "≠" : ">";
	}

	private String title(FigureIndex index, int table) {
		return index.title(table).orElseGet(() -> templates.canonicalTitle(table));
	}

	private static String tables(Outcome o) {
		Set<Integer> numbers = new LinkedHashSet<>();
		Stream.concat(o.left().stream(), o.right().stream()).forEach(r -> numbers.add(r.term().table()));
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static String location(Outcome o, FigureIndex index) {
		return Stream.of(o.left(), o.right())
			.map(side -> side.stream()
				.map(r -> index.cells(r.figures()))
				.filter(c -> !c.isEmpty())
				.collect(Collectors.joining("+")))
			.filter(c -> !c.isEmpty())
			.collect(Collectors.joining("; "));
	}

}
