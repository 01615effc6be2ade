package org.juesuan.etl.generate;

import java.util.EnumMap;
import java.util.Map;

/** Entry point for rendering single tables: one renderer per appendix table. */
public final class TableRenderers {

	private static final Map<AppendixTable, TableRenderer> RENDERERS = new EnumMap<>(AppendixTable.class);

	static {
		RENDERERS.put(AppendixTable.T1, IncomeExpenditureSummary::render);
		RENDERERS.put(AppendixTable.T2, FlowTables::income);
		RENDERERS.put(AppendixTable.T3, FlowTables::expenditure);
		RENDERERS.put(AppendixTable.T4, FiscalSummary::render);
		RENDERERS.put(AppendixTable.T5, DetailTables::fiscal);
		RENDERERS.put(AppendixTable.T6, FlowTables::generalFund);
		RENDERERS.put(AppendixTable.T7, DetailTables::general);
		RENDERERS.put(AppendixTable.T8, BasicSpendingDetail::render);
		RENDERERS.put(AppendixTable.T9, DetailTables::generalProjects);
		RENDERERS.put(AppendixTable.T10, FundTables::governmentFund);
		RENDERERS.put(AppendixTable.T11, FundTables::stateCapital);
		RENDERERS.put(AppendixTable.T12, FundTables::stateCapitalSpending);
		RENDERERS.put(AppendixTable.T13, ThreePublicTable::render);
	}

	private TableRenderers() {
	}

	/**
	 * Adds a sheet named {@code sheetName} to {@code workbook} holding {@code table} of
	 * {@code department} laid out by {@code options}, and returns what was written.
	 */
	public static RenderedTable render(AppendixTable table, DepartmentData department, LayoutOptions options,
			WorkbookFixture workbook, String sheetName) {
		TableSheet out = new TableSheet(workbook.sheet(sheetName), options, table, department);
		RENDERERS.get(table).render(out, new Ledger(department));
		return out.finish();
	}

	/**
	 * As
	 * {@link #render(AppendixTable, DepartmentData, LayoutOptions, WorkbookFixture, String)},
	 * sheet named by the layout.
	 */
	public static RenderedTable render(AppendixTable table, DepartmentData department, LayoutOptions options,
			WorkbookFixture workbook) {
		String name = TableWording.sheetName(options, table, workbook.workbook().getNumberOfSheets());
		return render(table, department, options, workbook, name);
	}

}
