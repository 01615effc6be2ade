package org.juesuan.etl.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.juesuan.etl.generate.LayoutOptions.DetailShape;

/**
 * The 明细 tables crossing functional and economic classification: T5 财政拨款支出决算明细表 and T7
 * 一般公共预算财政拨款支出决算明细表 (shape A or B), and T9 一般公共预算财政拨款项目支出决算表 (always shape A).
 */
final class DetailTables {

	private DetailTables() {
	}

	/** T5: all fiscal appropriations. */
	static void fiscal(TableSheet out, Ledger ledger) {
		detail(out, ledger, Ledger.fiscal());
	}

	/** T7: general fund only. */
	static void general(TableSheet out, Ledger ledger) {
		detail(out, ledger, Ledger.from(FundSource.GENERAL));
	}

	/** T9: general-fund project spending, functional rows × 合计 and economic classes. */
	static void generalProjects(TableSheet out, Ledger ledger) {
		Predicate<Spending> filter = Ledger.from(FundSource.GENERAL).and(Ledger.of(SpendingKind.PROJECT));
		functionalRows(out, ledger, filter);
	}

	private static void detail(TableSheet out, Ledger ledger, Predicate<Spending> filter) {
		if (out.options().detailShape() == DetailShape.FUNCTIONAL_ROWS) {
			functionalRows(out, ledger, filter);
		}
		else {
			economicRows(out, ledger, filter);
		}
	}

	private static void functionalRows(TableSheet out, Ledger ledger, Predicate<Spending> filter) {
		List<ColumnSpec> columns = new ArrayList<>();
		columns.add(ColumnSpec.of("合计", p -> ledger.spending(p, filter)));
		for (String cls : EconomicClassification.CLASS_COLUMNS) {
			Predicate<Spending> inClass = filter.and(s -> s.economic().startsWith(cls));
			columns.add(ColumnSpec.of(EconomicClassification.name(cls), p -> ledger.spending(p, inClass)));
		}
		CodedGrid grid = new CodedGrid(out, CodeKind.FUNCTIONAL, columns);
		int row = out.header(grid.width(), "");
		out.footer(grid.render(row, grid.nonZero(ledger.functionCodes())));
	}

	private static void economicRows(TableSheet out, Ledger ledger, Predicate<Spending> filter) {
		Predicate<Spending> basic = filter.and(Ledger.of(SpendingKind.BASIC));
		Predicate<Spending> project = filter.and(Ledger.of(SpendingKind.PROJECT));
		List<ColumnSpec> columns = List.of(ColumnSpec.of("合计", p -> ledger.spendingByEconomic(p, filter)),
				ColumnSpec.of("基本支出", p -> ledger.spendingByEconomic(p, basic)),
				ColumnSpec.of("项目支出", p -> ledger.spendingByEconomic(p, project)));
		CodedGrid grid = new CodedGrid(out, CodeKind.ECONOMIC, columns);
		int row = out.header(grid.width(), "");
		out.footer(grid.render(row, grid.nonZero(ledger.economicCodes())));
	}

}
