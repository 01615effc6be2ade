package org.juesuan.etl.generate.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.generate.DepartmentData;
import org.juesuan.etl.generate.LayoutOptions.Format;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.WorkbookFixture;

/**
 * Writes the 9 national tables of a department as one workbook or one file per table;
 * returns the file names.
 */
public final class NationalWorkbooks {

	private NationalWorkbooks() {
	}

	static List<String> write(DepartmentData data, NationalLayout layout, Path dir) {
		String ext = layout.format() == Format.XLS ? ".xls" : ".xlsx";
		List<String> files = new ArrayList<>();
		if (layout.oneWorkbook()) {
			String name = data.name() + data.year() + "年度部门决算表" + ext;
			try (WorkbookFixture wb = WorkbookFixture.create(layout.format())) {
				for (int i = 0; i < layout.order().size(); i++) {
					table(wb, data, layout, layout.order().get(i), i);
				}
				wb.write(dir.resolve(name));
			}
			files.add(name);
			return files;
		}
		for (int n = 1; n <= 9; n++) {
			String name = "表" + n + " " + NationalNarrative.TABLES.get(n - 1) + ext;
			try (WorkbookFixture wb = WorkbookFixture.create(layout.format())) {
				table(wb, data, layout, n, 0);
				wb.write(dir.resolve(name));
			}
			files.add(name);
		}
		return files;
	}

	private static void table(WorkbookFixture wb, DepartmentData data, NationalLayout layout, int n, int position) {
		String title = NationalNarrative.TABLES.get(n - 1);
		String sheetName = switch (layout.sheetNames()) {
			case SHEET_N -> "Sheet" + (position + 1);
			case TITLE -> title.replace("“", "").replace("”", "");
			case BIAO -> "表" + n;
		};
		NationalSheet s = new NationalSheet(wb.sheet(sheetName), layout, data.name(), data.year());
		Ledger l = new Ledger(data);
		switch (n) {
			case 1 -> SummaryTables.t1(s, l);
			case 2 -> NationalFlowTables.t2(s, l);
			case 3 -> NationalFlowTables.t3(s, l);
			case 4 -> SummaryTables.t4(s, l);
			case 5 -> NationalFlowTables.t5(s, l);
			case 6 -> BasicTable.render(s, l);
			case 7 -> ThreePublicGrid.render(s, data);
			case 8 -> NationalFlowTables.t8(s, l);
			case 9 -> NationalFlowTables.t9(s, l);
			default -> throw new IllegalArgumentException("no national table " + n);
		}
	}

}
