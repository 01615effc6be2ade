package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * T4 财政拨款收入支出决算总表: income panel (three fiscal appropriations, 年初 by fund) beside the
 * expenditure panel with 合计 and one column per fund.
 */
final class FiscalSummary {

	private static final List<FundSource> FUNDS = List.of(FundSource.GENERAL, FundSource.GOVERNMENT_FUND,
			FundSource.STATE_CAPITAL);

	private static final String OPENING = "年初财政拨款结转和结余";

	private final TableSheet out;

	private final Ledger ledger;

	private final int line;

	private final int outStart;

	private FiscalSummary(TableSheet out, Ledger ledger) {
		this.out = out;
		this.ledger = ledger;
		this.line = out.options().lineNumbers() ? 1 : 0;
		this.outStart = 2 + line;
	}

	static void render(TableSheet out, Ledger ledger) {
		new FiscalSummary(out, ledger).write();
	}

	private void write() {
		List<String> classes = SummaryLayout.classes(ledger, out.options(), Ledger.fiscal());
		int rows = Math.max(FUNDS.size(), classes.size());
		int row = out.header(outStart + 1 + line + 4, "");
		List<String> outHeaders = new ArrayList<>(List.of("合计"));
		FUNDS.forEach(f -> outHeaders.add(f.label()));
		row = SummaryLayout.header(out, row, List.of(SummaryLayout.amountHeader(out.options())), outHeaders);
		SummaryLayout.lineNumbers(out, row, rows + 6, outStart);
		topRows(row, classes);
		incomeBottom(row + rows, row);
		expenditureBottom(row + rows, row, classes.size());
		out.footer(row + rows + 6);
	}

	private void topRows(int row, List<String> classes) {
		for (int i = 0; i < FUNDS.size(); i++) {
			out.sheet().text(row + i, 0, ChineseNumerals.prefix(i + 1) + FUNDS.get(i).label());
			out.amount(row + i, 1 + line, RowKey.label(FUNDS.get(i).label()), "金额", income(FUNDS.get(i)));
		}
		for (int i = 0; i < classes.size(); i++) {
			String code = classes.get(i);
			String name = FunctionalClassification.name(code);
			out.sheet().text(row + i, outStart, ChineseNumerals.prefix(i + 1) + name);
			writeFundColumns(row + i, new RowKey(code, name), f -> ledger.spending(code, f));
		}
	}

	private void incomeBottom(int row, int first) {
		int col = 1 + line;
		BigDecimal income = ledger.income("", FundSource::fiscal);
		BigDecimal opening = ledger.opening("", FundSource::fiscal);
		out.sheet().text(row, 0, "本年收入合计").text(row + 1, 0, OPENING).text(row + 5, 0, "总计");
		out.total(row, col, RowKey.label("本年收入合计"), "金额", income,
				IncomeExpenditureSummary.column(first, FUNDS.size(), col));
		for (int i = 0; i < FUNDS.size(); i++) {
			FundSource fund = FUNDS.get(i);
			out.sheet().text(row + 2 + i, 0, ChineseNumerals.prefix(i + 1) + fund.label());
			out.amount(row + 2 + i, col, RowKey.label(OPENING + "（" + fund.label() + "）"), "金额",
					ledger.opening("", s -> s == fund));
		}
		out.total(row + 1, col, RowKey.label(OPENING), "金额", opening,
				IncomeExpenditureSummary.column(row + 2, FUNDS.size(), col));
		out.total(row + 5, col, RowKey.label("收入总计"), "金额", income.add(opening),
				List.of(SheetBuilder.address(row, col), SheetBuilder.address(row + 1, col)));
	}

	private void expenditureBottom(int row, int first, int classCount) {
		out.sheet().text(row, outStart, "本年支出合计").text(row + 1, outStart, "年末财政拨款结转和结余").text(row + 5, outStart, "总计");
		expenditureColumn(row, first, classCount, "合计", Ledger.fiscal(), FundSource::fiscal);
		for (FundSource fund : FUNDS) {
			expenditureColumn(row, first, classCount, fund.label(), Ledger.from(fund), s -> s == fund);
		}
	}

	private void expenditureColumn(int row, int first, int classCount, String column, Predicate<Spending> filter,
			Predicate<FundSource> sources) {
		int col = columnOf(column);
		BigDecimal spending = ledger.spending("", filter);
		BigDecimal closing = ledger.closing("", sources);
		out.total(row, col, RowKey.label("本年支出合计"), column, spending,
				IncomeExpenditureSummary.column(first, classCount, col));
		out.amount(row + 1, col, RowKey.label("年末财政拨款结转和结余"), column, closing);
		out.total(row + 5, col, RowKey.label("支出总计"), column, spending.add(closing),
				List.of(SheetBuilder.address(row, col), SheetBuilder.address(row + 1, col)));
	}

	private void writeFundColumns(int row, RowKey key, Function<Predicate<Spending>, BigDecimal> value) {
		out.amount(row, columnOf("合计"), key, "合计", value.apply(Ledger.fiscal()));
		for (FundSource fund : FUNDS) {
			out.amount(row, columnOf(fund.label()), key, fund.label(), value.apply(Ledger.from(fund)));
		}
	}

	private int columnOf(String column) {
		int index = column.equals("合计") ? 0 : 1 + FUNDS.stream().map(FundSource::label).toList().indexOf(column);
		return outStart + 1 + line + index;
	}

	private BigDecimal income(FundSource fund) {
		return ledger.income("", s -> s == fund);
	}

}
