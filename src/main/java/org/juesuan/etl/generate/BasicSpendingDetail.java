package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.juesuan.etl.generate.LayoutOptions.CodeColumns;
import org.juesuan.etl.generate.LayoutOptions.T8Panels;

/**
 * T8 一般公共预算财政拨款基本支出决算明细表: economic 类/款 rows in two panels (301+303 | 302+310 …) or three
 * (人员经费 301+303 | 公用经费 302 | 310 …), closed by 人员经费合计 and 公用经费合计 on one row.
 */
final class BasicSpendingDetail {

	private static final List<String> PERSONNEL = List.of("301", "303");

	private static final List<String> OTHERS = List.of("310", "307", "309", "311", "312", "313", "399");

	private static final String COLUMN = "决算数";

	private final TableSheet out;

	private final Ledger ledger;

	private final Predicate<Spending> basic = Ledger.from(FundSource.GENERAL).and(Ledger.of(SpendingKind.BASIC));

	private final int codeCols;

	private final int panelWidth;

	private BasicSpendingDetail(TableSheet out, Ledger ledger) {
		this.out = out;
		this.ledger = ledger;
		this.codeCols = out.options().codeColumns() == CodeColumns.SPLIT ? 2 : 1;
		this.panelWidth = codeCols + 2;
	}

	static void render(TableSheet out, Ledger ledger) {
		new BasicSpendingDetail(out, ledger).write();
	}

	private void write() {
		boolean three = out.options().t8Panels() == T8Panels.THREE;
		List<List<String>> panels = three ? List.of(rows(PERSONNEL), rows(List.of("302")), rows(OTHERS))
				: List.of(rows(PERSONNEL), rows(concat("302", OTHERS)));
		int width = panels.size() * panelWidth;
		int row = new BasicSpendingHeader(out, codeCols, three).write(out.header(width, ""), panels.size());
		List<List<String>> classCells = new ArrayList<>();
		for (int p = 0; p < panels.size(); p++) {
			classCells.add(writePanel(row, p, panels.get(p)));
		}
		int bottom = row + panels.stream().mapToInt(List::size).max().orElse(0);
		BigDecimal personnel = PERSONNEL.stream()
			.map(c -> ledger.spendingByEconomic(c, basic))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		out.sheet().text(bottom, 0, "人员经费合计").merge(bottom, bottom, 0, codeCols);
		out.total(bottom, codeCols + 1, RowKey.label("人员经费合计"), COLUMN, personnel, classCells.get(0));
		out.sheet().text(bottom, panelWidth, "公用经费合计").merge(bottom, bottom, panelWidth, width - 2);
		List<String> publicCells = classCells.subList(1, classCells.size()).stream().flatMap(List::stream).toList();
		out.total(bottom, width - 1, RowKey.label("公用经费合计"), COLUMN,
				ledger.spendingByEconomic("", basic).subtract(personnel), publicCells);
		out.footer(bottom + 1);
	}

	/** The 类 and 款 codes of a panel: printed classes in order, each followed by its 款. */
	private List<String> rows(List<String> classes) {
		boolean full = out.options().fullEconomicList();
		List<String> rows = new ArrayList<>();
		for (String cls : classes) {
			TreeSet<String> items = new TreeSet<>(full ? EconomicClassification.templateItems(cls) : List.of());
			ledger.economicCodes()
				.stream()
				.filter(c -> c.startsWith(cls))
				.filter(c -> ledger.spendingByEconomic(c, basic).signum() != 0)
				.forEach(items::add);
			if (!items.isEmpty()) {
				rows.add(cls);
				rows.addAll(items);
			}
		}
		return rows;
	}

	private List<String> writePanel(int first, int panel, List<String> codes) {
		int start = panel * panelWidth;
		List<String> classCells = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			String name = EconomicClassification.name(code);
			out.sheet().text(first + i, start, codeCols == 1 ? code : code.substring(0, 3));
			if (codeCols == 2) {
				out.sheet().text(first + i, start + 1, code.length() == 5 ? code.substring(3) : "");
			}
			int level = out.options().indentNames() && code.length() == 5 ? 1 : 0;
			out.sheet().indented(first + i, start + codeCols, name, level);
			out.amount(first + i, start + codeCols + 1, new RowKey(code, name), COLUMN,
					ledger.spendingByEconomic(code, basic));
			if (code.length() == 3) {
				classCells.add(SheetBuilder.address(first + i, start + codeCols + 1));
			}
		}
		return classCells;
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(rest);
		return all;
	}

}
