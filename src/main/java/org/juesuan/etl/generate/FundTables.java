package org.juesuan.etl.generate;

import java.util.List;
import java.util.function.Predicate;

import org.juesuan.etl.generate.LayoutOptions.HeaderVariant;

/**
 * T10 政府性基金预算财政拨款收入支出决算表, T11 国有资本经营预算财政拨款收入支出决算表 and T12 国有资本经营预算财政拨款支出决算表; an empty one
 * keeps its grid with a blank 合计 row and prints a statement.
 */
final class FundTables {

	private FundTables() {
	}

	/** T10. */
	static void governmentFund(TableSheet out, Ledger ledger) {
		incomeAndSpending(out, ledger, FundSource.GOVERNMENT_FUND);
	}

	/** T11. */
	static void stateCapital(TableSheet out, Ledger ledger) {
		incomeAndSpending(out, ledger, FundSource.STATE_CAPITAL);
	}

	/** T12. */
	static void stateCapitalSpending(TableSheet out, Ledger ledger) {
		Predicate<Spending> fund = Ledger.from(FundSource.STATE_CAPITAL);
		List<ColumnSpec> columns = List.of(new ColumnSpec("本年支出", "合计", "合计", p -> ledger.spending(p, fund)),
				new ColumnSpec("本年支出", "基本支出", "基本支出",
						p -> ledger.spending(p, fund.and(Ledger.of(SpendingKind.BASIC)))),
				new ColumnSpec("本年支出", "项目支出", "项目支出",
						p -> ledger.spending(p, fund.and(Ledger.of(SpendingKind.PROJECT)))));
		render(out, ledger, columns, "说明：" + out.departmentName() + "本年度没有国有资本经营预算财政拨款支出，故本表无数据。");
	}

	private static void incomeAndSpending(TableSheet out, Ledger ledger, FundSource source) {
		Predicate<Spending> fund = Ledger.from(source);
		String subtotal = out.options().has(HeaderVariant.T10_HEJI) ? "合计" : "小计";
		List<ColumnSpec> columns = List.of(ColumnSpec.of("年初结转和结余", p -> ledger.opening(p, s -> s == source)),
				ColumnSpec.of("本年收入", p -> ledger.income(p, s -> s == source)),
				new ColumnSpec("本年支出", subtotal, "本年支出小计", p -> ledger.spending(p, fund)),
				new ColumnSpec("本年支出", "基本支出", "基本支出",
						p -> ledger.spending(p, fund.and(Ledger.of(SpendingKind.BASIC)))),
				new ColumnSpec("本年支出", "项目支出", "项目支出",
						p -> ledger.spending(p, fund.and(Ledger.of(SpendingKind.PROJECT)))),
				ColumnSpec.of("年末结转和结余", p -> ledger.closing(p, s -> s == source)));
		render(out, ledger, columns,
				"说明：" + out.departmentName() + "本年度没有" + source.label().replace("财政拨款", "") + "财政拨款收入和支出，故本表无数据。");
	}

	private static void render(TableSheet out, Ledger ledger, List<ColumnSpec> columns, String statement) {
		CodedGrid grid = new CodedGrid(out, CodeKind.FUNCTIONAL, columns);
		List<String> leaves = grid.nonZero(ledger.functionCodes());
		String suffix = leaves.isEmpty() ? out.declareEmpty(statement) : "";
		int row = out.header(grid.width(), suffix);
		out.footer(grid.render(row, leaves));
	}

}
