package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** T1 收入支出决算总表: income panel (八项收入 …) beside the expenditure panel (功能分类 类 …). */
final class IncomeExpenditureSummary {

	private static final String AMOUNT = "金额";

	private final TableSheet out;

	private final Ledger ledger;

	private final int line;

	private final int outStart;

	private IncomeExpenditureSummary(TableSheet out, Ledger ledger) {
		this.out = out;
		this.ledger = ledger;
		this.line = out.options().lineNumbers() ? 1 : 0;
		this.outStart = 2 + line;
	}

	static void render(TableSheet out, Ledger ledger) {
		new IncomeExpenditureSummary(out, ledger).write();
	}

	private void write() {
		List<String> classes = SummaryLayout.classes(ledger, out.options(), s -> true);
		int rows = Math.max(FundSource.values().length, classes.size());
		int row = out.header(2 * outStart, "");
		String header = SummaryLayout.amountHeader(out.options());
		row = SummaryLayout.header(out, row, List.of(header), List.of(header));
		SummaryLayout.lineNumbers(out, row, rows + 4, outStart);
		List<String> incomeCells = incomeRows(row);
		List<String> classCells = classRows(row, classes);
		bottom(row + rows, incomeCells, classCells);
		out.footer(row + rows + 4);
	}

	private List<String> incomeRows(int first) {
		List<String> cells = new ArrayList<>();
		FundSource[] sources = FundSource.values();
		for (int i = 0; i < sources.length; i++) {
			FundSource source = sources[i];
			out.sheet().text(first + i, 0, ChineseNumerals.prefix(i + 1) + source.incomeName());
			RowKey key = RowKey.label(source.incomeName());
			if (ledger.data().notApplicableIncome().contains(source)) {
				out.placeholder(first + i, 1 + line, key, AMOUNT, "—");
			}
			else {
				out.amount(first + i, 1 + line, key, AMOUNT, ledger.income("", s -> s == source));
			}
			cells.add(SheetBuilder.address(first + i, 1 + line));
		}
		return cells;
	}

	private List<String> classRows(int first, List<String> classes) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < classes.size(); i++) {
			String name = FunctionalClassification.name(classes.get(i));
			out.sheet().text(first + i, outStart, ChineseNumerals.prefix(i + 1) + name);
			out.amount(first + i, amountCol(), new RowKey(classes.get(i), name), AMOUNT,
					ledger.spending(classes.get(i), s -> true));
			cells.add(SheetBuilder.address(first + i, amountCol()));
		}
		return cells;
	}

	private void bottom(int row, List<String> incomeCells, List<String> classCells) {
		BigDecimal income = ledger.income("", s -> true);
		BigDecimal spending = ledger.spending("", s -> true);
		BigDecimal opening = ledger.opening("", s -> true);
		BigDecimal closing = ledger.closing("", s -> true);
		pair(row, "本年收入合计", income, incomeCells, "本年支出合计", spending, classCells);
		pair(row + 1, "使用非财政拨款结余", BigDecimal.ZERO, List.of(), "结余分配", BigDecimal.ZERO, List.of());
		pair(row + 2, "年初结转和结余", opening, List.of(), "年末结转和结余", closing, List.of());
		out.sheet().text(row + 3, 0, "总计").text(row + 3, outStart, "总计");
		out.total(row + 3, 1 + line, RowKey.label("收入总计"), AMOUNT, income.add(opening), column(row, 3, 1 + line));
		out.total(row + 3, amountCol(), RowKey.label("支出总计"), AMOUNT, spending.add(closing),
				column(row, 3, amountCol()));
	}

	private void pair(int row, String inLabel, BigDecimal in, List<String> inParts, String outLabel,
			BigDecimal outAmount, List<String> outParts) {
		out.sheet().text(row, 0, inLabel).text(row, outStart, outLabel);
		out.total(row, 1 + line, RowKey.label(inLabel), AMOUNT, in, inParts);
		out.total(row, amountCol(), RowKey.label(outLabel), AMOUNT, outAmount, outParts);
	}

	private int amountCol() {
		return outStart + 1 + line;
	}

	static List<String> column(int firstRow, int count, int col) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			cells.add(SheetBuilder.address(firstRow + i, col));
		}
		return cells;
	}

}
