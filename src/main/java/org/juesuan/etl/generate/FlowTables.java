package org.juesuan.etl.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.juesuan.etl.generate.LayoutOptions.HeaderVariant;

/** T2 收入决算表, T3 支出决算表 and T6 一般公共预算财政拨款支出决算表: functional rows × amount columns. */
final class FlowTables {

	private FlowTables() {
	}

	/** T2: 本年收入合计, 财政拨款收入 and the five non-fiscal sources. */
	static void income(TableSheet out, Ledger ledger) {
		List<ColumnSpec> columns = new ArrayList<>();
		columns.add(ColumnSpec.of("本年收入合计", p -> ledger.income(p, s -> true)));
		columns.add(ColumnSpec.of("财政拨款收入", p -> ledger.income(p, FundSource::fiscal)));
		for (FundSource source : FundSource.values()) {
			if (!source.fiscal()) {
				columns.add(ColumnSpec.of(source.incomeName(), p -> ledger.income(p, s -> s == source)));
			}
		}
		render(out, ledger, columns);
	}

	/** T3: 本年支出合计 and the five kinds of spending. */
	static void expenditure(TableSheet out, Ledger ledger) {
		List<ColumnSpec> columns = new ArrayList<>();
		columns.add(ColumnSpec.of("本年支出合计", p -> ledger.spending(p, s -> true)));
		for (SpendingKind kind : SpendingKind.values()) {
			columns.add(ColumnSpec.of(kind.label(), p -> ledger.spending(p, Ledger.of(kind))));
		}
		render(out, ledger, columns);
	}

	/** T6: 合计, 基本支出, 项目支出 of general-fund spending. */
	static void generalFund(TableSheet out, Ledger ledger) {
		Predicate<Spending> general = Ledger.from(FundSource.GENERAL);
		boolean grouped = out.options().has(HeaderVariant.T6_SUBTOTAL_GROUP);
		String group = grouped ? "本年支出" : null;
		List<ColumnSpec> columns = List.of(
				new ColumnSpec(group, grouped ? "小计" : "合计", "合计", p -> ledger.spending(p, general)),
				new ColumnSpec(group, "基本支出", "基本支出",
						p -> ledger.spending(p, general.and(Ledger.of(SpendingKind.BASIC)))),
				new ColumnSpec(group, "项目支出", "项目支出",
						p -> ledger.spending(p, general.and(Ledger.of(SpendingKind.PROJECT)))));
		render(out, ledger, columns);
	}

	private static void render(TableSheet out, Ledger ledger, List<ColumnSpec> columns) {
		CodedGrid grid = new CodedGrid(out, CodeKind.FUNCTIONAL, columns);
		int row = out.header(grid.width(), "");
		out.footer(grid.render(row, grid.nonZero(ledger.functionCodes())));
	}

}
