package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.TableFigures;
import org.juesuan.etl.narrative.NarrativeResult;

/**
 * The items a narrative lists under 人员经费 and 公用经费 ("主要包括：基本工资、津贴补贴……") against the
 * basic-expenditure table: an item listed whose figure is zero or not in the table is a
 * finding; a non-zero item of the table left out of the list is noted (INFO unless
 * configured). Item names are matched to economic codes through the table's rows and the
 * standard names of {@code mapping.yml}'s {@code item-names}; a 类 named (工资福利支出) covers
 * its items.
 */
final class ListedItems {

	private static final Pattern LIST = Pattern.compile("包括[：:]?(.+)$");

	private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/]");

	private static final Pattern CONJUNCTIONS = Pattern.compile("以及|和|及");

	private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,，.]*\\s*(万元|元)?");

	private static final Pattern NOISE = Pattern
		.compile("^(等|和|及|以及)|（[^）]*）$|…+|\\.{3,}|等(支出|费用|项目|方面)?$|[。；;.：:]$|支出$");

	private final NarrativeMapping mapping;

	ListedItems(NarrativeMapping mapping) {
		this.mapping = mapping;
	}

	void check(NarrativeResult narrative, FigureIndex index, NarrativeFindings findings, List<Finding> out) {
		for (NarrativeMapping.ItemList list : mapping.itemLists()) {
			Optional<TableFigures> table = index.table(list.table());
			narrative.claims()
				.stream()
				.filter(c -> narrative.explains(c) && c.claimType() == ClaimType.AMOUNT
						&& mapping.names().same(c.subject(), list.subject()) && LIST.matcher(c.quote()).find())
				.findFirst()
				.ifPresent(c -> table.ifPresent(t -> check(list, c, t, index, findings, out)));
		}
	}

	private void check(NarrativeMapping.ItemList list, Claim claim, TableFigures table, FigureIndex index,
			NarrativeFindings findings, List<Finding> out) {
		Matcher m = LIST.matcher(claim.quote());
		m.find();
		String title = index.title(table.number()).orElse("T" + table.number());
		List<String> covered = new ArrayList<>();
		for (String piece : SEPARATORS.split(m.group(1))) {
			for (Listed item : items(list, piece, table)) {
				covered.add(item.code());
				if (item.code().length() == 5 && value(table, item.code(), list.column()).signum() == 0) {
					out.add(findings.about(item.code(),
							findings.of("narrative-items", null, claim,
									"编制说明所列" + list.subject() + "包括“" + item.name() + "”，但" + title + " " + item.code()
											+ (table.rowKeys().contains(item.code()) ? " 为 0" : " 未列示"),
									null, BigDecimal.ZERO, null)));
				}
			}
		}
		table.rowKeys()
			.stream()
			.filter(k -> k.length() == 5 && list.codes().stream().anyMatch(k::startsWith)
					&& covered.stream().noneMatch(k::startsWith) && value(table, k, list.column()).signum() != 0)
			.forEach(k -> out.add(findings.about(k,
					findings.of("narrative-items", findings.severity("narrative-items-omitted"), claim,
							"编制说明所列" + list.subject() + "未包括" + k + " " + table.label(k) + "（"
									+ Money.show(value(table, k, list.column()), "万元") + " 万元）",
							null, value(table, k, list.column()), null))));
	}

	/** A listed item with the code it stands for. */
	private record Listed(String name, String code) {
	}

	/**
	 * The items a piece of the list names: the whole piece when it is one name
	 * (其他商品和服务支出), else its parts.
	 */
	private List<Listed> items(NarrativeMapping.ItemList list, String piece, TableFigures table) {
		String name = clean(piece);
		String code = name.length() > 1 ? codeOf(list, name, table) : null;
		if (code != null) {
			return List.of(new Listed(name, code));
		}
		if (!CONJUNCTIONS.matcher(name).find()) {
			return List.of();
		}
		return Arrays.stream(CONJUNCTIONS.split(name))
			.map(ListedItems::clean)
			.filter(n -> n.length() > 1)
			.map(n -> new Listed(n, codeOf(list, n, table)))
			.filter(l -> l.code() != null)
			.toList();
	}

	private static String clean(String piece) {
		String name = AMOUNT.matcher(piece).replaceAll("").strip();
		for (String before = ""; !before.equals(name);) {
			before = name;
			name = NOISE.matcher(name).replaceAll("").strip();
		}
		return name;
	}

	/**
	 * The economic code a listed name stands for: a row of the table of that name, else
	 * the standard name's code.
	 */
	private String codeOf(NarrativeMapping.ItemList list, String item, TableFigures table) {
		NameMatcher names = mapping.names();
		Optional<String> row = table.rowKeys()
			.stream()
			.filter(k -> (k.length() == 3 || k.length() == 5) && TableFigures.isCode(k)
					&& list.codes().stream().anyMatch(k::startsWith) && names.sameLoosely(item, table.label(k)))
			.findFirst();
		if (row.isPresent()) {
			return row.get();
		}
		return mapping.itemNames()
			.entrySet()
			.stream()
			.filter(e -> list.codes().stream().anyMatch(e.getKey()::startsWith)
					&& names.sameLoosely(item, e.getValue()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	private static BigDecimal value(TableFigures table, String code, String column) {
		return table.figure(code, column).map(Figure::amountYuan).filter(v -> v != null).orElse(BigDecimal.ZERO);
	}

}
